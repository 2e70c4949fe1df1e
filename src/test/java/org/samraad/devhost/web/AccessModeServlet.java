package org.samraad.devhost.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * {@code /devhost/access-mode}: the administrator's switch for read-only mode (Confluence: General Configuration →
 * Maintenance → Read-only mode). {@code POST readOnly=true|false} with the form token.
 */
final class AccessModeServlet extends HostServlet {
    AccessModeServlet(HostWeb web) {
        super(web);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!isSiteAdmin()) {
            notFound(request, response);
            return;
        }
        page(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!isSiteAdmin()) {
            notFound(request, response);
            return;
        }
        if (tokenRejected(request, response)) {
            return;
        }
        web.accessMode().readOnly(Boolean.parseBoolean(parameter(request, "readOnly")));
        page(request, response);
    }

    private void page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean readOnly = web.accessMode().isReadOnlyAccessModeEnabled();
        String main = "<h1>Access mode</h1><p role=\"status\" class=\"access-mode\">"
                + (readOnly ? "Read-only: pages can be viewed but not changed; the plugin's jobs and listeners skip their work."
                        : "Read and write.")
                + "</p><form method=\"post\" action=\"/devhost/access-mode\">"
                + PageLayout.hidden(HostSession.TOKEN_PARAMETER, HostSession.token(request))
                + PageLayout.hidden("readOnly", String.valueOf(!readOnly))
                + "<button type=\"submit\">" + (readOnly ? "Turn read-only mode off" : "Turn read-only mode on") + "</button></form>";
        html(response, 200, web.layout().page(request, "Access mode",
                List.of(new PageLayout.Crumb("Dashboard", "/"), new PageLayout.Crumb("Access mode", null)), main, null,
                List.of("atl.general")));
    }
}
