package org.samraad.devhost.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.samraad.devhost.services.DemoUsers;
import org.samraad.devhost.services.HostUser;
import org.samraad.devhost.services.RequestContext;

/**
 * Confluence's user search behind its user pickers, {@code GET /rest/prototype/1/search/user.json?query=&max-results=}
 * (Confluence's {@code RestSearchService#userSearch}). Confluence's own pickers call exactly this: the create-content
 * plugin's {@code Confluence.Binder.autocompleteMultiUser} (inputs {@code .autocomplete-multiuser}) sends
 * {@code query} and {@code max-results} and reads {@code result[]} with {@code username}, {@code title} (the full
 * name) and {@code thumbnailLink.href}; scripts that need the key read {@code userKey} from the same entries.
 * The answer: {@code {"result": [{"type": "user", "title", "username", "userKey", "thumbnailLink", "link"}],
 * "totalSize"}}. A query matches the start of the full name, of any word in it, or of the username, case-insensitively.
 * Anonymous callers are refused (401): Confluence lets only people who may view user profiles search for people,
 * and the dev host gives anonymous no such permission.
 */
final class UserSearchServlet extends HostServlet {
    static final int DEFAULT_MAX = 10;
    static final int LIMIT = 50;

    UserSearchServlet(HostWeb web) {
        super(web);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (RequestContext.current().user().isEmpty()) {
            ContentApiServlet.answer(response, 401, ContentApiServlet.error(401,
                    "User is not permitted to search for users"));
            return;
        }
        String query = request.getParameter("query") == null ? "" : request.getParameter("query").strip()
                .toLowerCase(Locale.ROOT);
        long asked = longParameter(request, "max-results");
        int max = asked < 1 ? DEFAULT_MAX : (int) Math.min(LIMIT, asked);
        List<HostUser> found = query.isEmpty() ? List.of() : DemoUsers.ALL.stream().filter(u -> matches(u, query)).toList();
        String base = ContentApiServlet.baseUrl(request);
        ObjectNode answer = ContentJson.JSON.createObjectNode();
        ArrayNode result = answer.putArray("result");
        for (HostUser user : found.subList(0, Math.min(max, found.size()))) {
            ObjectNode entry = result.addObject();
            entry.put("type", "user").put("title", user.getFullName()).put("username", user.getName())
                    .put("userKey", user.getKey().getStringValue());
            entry.putObject("thumbnailLink").put("href", base + "/images/icons/profilepics/default.svg")
                    .put("type", "image/svg+xml").put("rel", "thumbnail");
            ArrayNode links = entry.putArray("link");
            links.addObject().put("href", base + "/display/~" + user.getName()).put("type", "text/html").put("rel", "alternate");
            links.addObject().put("href", base + "/rest/prototype/1/user/non-system/" + user.getName()).put("rel", "self");
        }
        answer.put("totalSize", found.size());
        ContentApiServlet.answer(response, 200, answer);
    }

    private static boolean matches(HostUser user, String query) {
        String name = user.getFullName().toLowerCase(Locale.ROOT);
        if (name.startsWith(query) || user.getName().toLowerCase(Locale.ROOT).startsWith(query)) {
            return true;
        }
        for (String word : name.split("\\s+")) {
            if (word.startsWith(query)) {
                return true;
            }
        }
        return false;
    }
}
