package org.samraad.devhost.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.samraad.devhost.services.DemoUsers;
import org.samraad.devhost.services.HostI18nResolver;

/**
 * {@code /devhost/session/user} and {@code /devhost/session/locale}: the header's switchers. Choosing a user
 * logs in as that demo user without a password (this is a development host); an empty choice logs out.
 */
final class SessionServlet extends HostServlet {
    SessionServlet(HostWeb web) {
        super(web);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (tokenRejected(request, response)) {
            return;
        }
        String what = request.getPathInfo() == null ? "" : request.getPathInfo();
        switch (what) {
            case "/user" -> {
                String username = parameter(request, "user");
                if (!username.isEmpty() && DemoUsers.byUsername(username).isEmpty()) {
                    response.sendError(400, "Unknown user");
                    return;
                }
                var locale = HostSession.locale(request);
                request.getSession(true).invalidate(); // a new session id on every login, as a real login does
                locale.ifPresent(l -> HostSession.setLocale(request, l));
                HostSession.setUsername(request, username.isEmpty() ? null : username);
            }
            case "/locale" -> HostSession.setLocale(request, HostI18nResolver.supported(parameter(request, "locale")));
            default -> {
                response.sendError(404);
                return;
            }
        }
        response.sendRedirect(localPath(request.getParameter("return")));
    }
}
