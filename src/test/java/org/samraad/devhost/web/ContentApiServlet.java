package org.samraad.devhost.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.samraad.devhost.persistence.HostStore.PageRow;
import org.samraad.devhost.persistence.HostStore.PageVersion;

/**
 * Confluence's v1 REST {@code GET /rest/api/content/{id}} with {@code expand=body.storage,version,space}, and
 * {@code ?status=historical&version=N} for an earlier version. Content the caller may not view (space permission
 * or page restriction) is a 404, as in Confluence, which does not tell "restricted" from "absent". A page's
 * attachments ({@code /{id}/child/attachment}, GET and POST) are answered by {@link AttachmentApiServlet}.
 */
final class ContentApiServlet extends HostServlet {
    private final AttachmentApiServlet attachments;

    ContentApiServlet(HostWeb web) {
        super(web);
        this.attachments = new AttachmentApiServlet(web);
    }

    /** {@code POST /rest/api/content/{id}/child/attachment} adds a file to the page; other posts are not mirrored. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (AttachmentApiServlet.pageIdOf(request.getPathInfo()) < 0) {
            answer(response, 405, error(405, "The dev host mirrors only attachment uploads here"));
            return;
        }
        attachments.doPost(request, response);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long attachmentsOf = AttachmentApiServlet.pageIdOf(request.getPathInfo());
        if (attachmentsOf >= 0) {
            attachments.list(request, response, attachmentsOf);
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        long id;
        try {
            id = Long.parseLong(path);
        } catch (NumberFormatException e) {
            answer(response, 404, error(404, "No content found with id: " + path));
            return;
        }
        Optional<PageRow> page = web.visiblePage(id);
        if (page.isEmpty()) {
            answer(response, 404, error(404, "No content found with id: ContentId{id=" + id + "}"));
            return;
        }
        List<PageVersion> versions = web.store().versions(id);
        String wanted = request.getParameter("version");
        Optional<PageVersion> version = wanted == null ? Optional.of(versions.get(0))
                : versions.stream().filter(v -> Integer.toString(v.version()).equals(wanted.strip())).findFirst();
        if (version.isEmpty()) {
            answer(response, 404, error(404, "No content found with id: ContentId{id=" + id + "} and version " + wanted));
            return;
        }
        String status = version.get().version() == page.get().version() ? "current" : "historical";
        answer(response, 200, ContentJson.page(version.get(), web.spaces().space(page.get().spaceKey()), status,
                expansions(request), baseUrl(request)));
    }

    static Set<String> expansions(HttpServletRequest request) {
        String expand = request.getParameter("expand");
        return expand == null ? Set.of() : Arrays.stream(expand.split(",")).map(String::strip)
                .filter(e -> !e.isEmpty()).collect(Collectors.toSet());
    }

    static String baseUrl(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
    }

    static ObjectNode error(int status, String message) {
        return ContentJson.JSON.createObjectNode().put("statusCode", status).put("message", message);
    }

    static void answer(HttpServletResponse response, int status, ObjectNode body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(ContentJson.JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
    }
}
