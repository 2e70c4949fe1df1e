package org.samraad.devhost.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.samraad.devhost.services.DemoUsers;
import org.samraad.devhost.services.HostUser;
import org.samraad.devhost.services.RequestContext;

/**
 * Confluence's own {@code GET /rest/api/user?username=} (Confluence Server REST API), which the plugin's scripts
 * use to turn a username someone types into the user key the plugin stores. Logged-in callers only; the answer
 * carries what Confluence's does for our purpose: type, username, userKey, displayName.
 */
final class ConfluenceUserApiServlet extends HostServlet {
    private static final ObjectMapper JSON = new ObjectMapper();

    ConfluenceUserApiServlet(HostWeb web) {
        super(web);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (RequestContext.current().user().isEmpty()) {
            answer(response, 401, JSON.createObjectNode().put("statusCode", 401).put("message", "Log in to look up users"));
            return;
        }
        String username = request.getParameter("username");
        Optional<HostUser> user = username == null ? Optional.empty() : DemoUsers.byUsername(username.trim());
        if (user.isEmpty()) {
            answer(response, 404, JSON.createObjectNode().put("statusCode", 404).put("message", "No user with this username"));
            return;
        }
        answer(response, 200, JSON.createObjectNode()
                .put("type", "known")
                .put("username", user.get().getName())
                .put("userKey", user.get().getKey().getStringValue())
                .put("displayName", user.get().getFullName()));
    }

    private static void answer(HttpServletResponse response, int status, ObjectNode body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getOutputStream().write(JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
    }
}
