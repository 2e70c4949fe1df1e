package org.samraad.devhost.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.samraad.devhost.services.HostSpace;
import org.samraad.devhost.services.RequestContext;

/** {@code /}: the spaces the caller can see. Any other unmatched path is a 404. */
final class DashboardServlet extends HostServlet {
    DashboardServlet(HostWeb web) {
        super(web);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (!path.equals("/") && !path.equals("/dashboard.action")) {
            notFound(request, response);
            return;
        }
        StringBuilder main = new StringBuilder("<h1>Dashboard</h1>\n<section aria-labelledby=\"spaces-heading\">"
                + "<h2 id=\"spaces-heading\">Spaces</h2>\n");
        if (web.canCreateSpaces()) {
            main.append("<p class=\"create-space\"><a href=\"/spaces/createspace-start.action\">Create space</a></p>\n");
        }
        List<HostSpace> spaces = web.visibleSpaces();
        if (spaces.isEmpty()) {
            main.append("<p>There are no spaces you can see.</p>");
        } else {
            main.append("<ul class=\"space-list\">");
            for (HostSpace space : spaces) {
                main.append("<li><a href=\"").append(Html.text(space.getUrlPath())).append("\">")
                        .append(Html.text(space.getName())).append("</a> <span class=\"space-key\">")
                        .append(Html.text(space.getKey())).append("</span></li>");
            }
            main.append("</ul>");
        }
        main.append("</section>\n<section aria-labelledby=\"about-heading\"><h2 id=\"about-heading\">About this host</h2>"
                + "<p>A small Confluence-shaped host that runs the Samråd plugin from its descriptor. ")
                .append(RequestContext.current().isAnonymous()
                        ? "You are anonymous: choose a demo user in the header to log in."
                        : "You are logged in as " + Html.text(RequestContext.current().user().orElseThrow().getFullName()) + ".")
                .append(" REST clients use HTTP Basic with the demo users (password = user name) at "
                        + "<code>/rest/samraad/1.0</code>.</p>")
                .append(RequestContext.current().user().map(u -> u.isSiteAdmin()).orElse(false)
                        ? "<p><a href=\"" + AdminConsoleServlet.PATH + "\">Administration</a> (the plugin's pages in"
                                + " Confluence administration)</p>"
                                + "<p><a href=\"/devhost/jobs\">Scheduled jobs</a> (run the plugin's jobs by hand)</p>"
                                + "<p><a href=\"/devhost/outbox\">Outbox</a> (the mail the plugin queued; none is sent)</p>"
                                + "<p><a href=\"/devhost/access-mode\">Access mode</a> (read-only mode on or off)</p>" : "")
                .append("</section>");
        html(response, 200, web.layout().page(request, "Dashboard", List.of(), main.toString(), null, List.of("atl.general")));
    }
}
