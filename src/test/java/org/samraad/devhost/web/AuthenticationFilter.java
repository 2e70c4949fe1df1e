package org.samraad.devhost.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.samraad.devhost.services.DemoUsers;
import org.samraad.devhost.services.HostI18nResolver;
import org.samraad.devhost.services.HostUser;
import org.samraad.devhost.services.RequestContext;

/**
 * Who the request is from, bound to its thread for the plugin's UserManager, PermissionManager and I18nResolver:
 * HTTP Basic credentials (REST clients; a wrong password is a 401, never a silent anonymous), else the demo user
 * chosen in the browser session, else anonymous. Language: the session's choice, else Accept-Language.
 */
public final class AuthenticationFilter implements Filter {
    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        HostUser user;
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            Optional<HostUser> authenticated = basic(authorization.substring(6).trim());
            if (authenticated.isEmpty()) {
                request.getInputStream().readNBytes(1 << 20); // keep the connection usable for the client's retry
                response.setStatus(401);
                response.setHeader("WWW-Authenticate", "Basic realm=\"Samraad dev host\"");
                response.setContentType("application/json;charset=UTF-8");
                response.getWriter().write("{\"status\":401,\"message\":\"Invalid username or password\"}");
                return;
            }
            user = authenticated.get();
        } else {
            user = HostSession.username(request).flatMap(DemoUsers::byUsername).orElse(null);
        }
        try (RequestContext.Binding ignored = RequestContext.bindRequest(user, locale(request))) {
            chain.doFilter(request, response);
        }
    }

    private static Optional<HostUser> basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : DemoUsers.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Locale locale(HttpServletRequest request) {
        return HostSession.locale(request).orElseGet(() -> {
            String accept = request.getHeader("Accept-Language");
            return accept == null ? RequestContext.DEFAULT_LOCALE : HostI18nResolver.supported(accept.split("[,;]")[0]);
        });
    }
}
