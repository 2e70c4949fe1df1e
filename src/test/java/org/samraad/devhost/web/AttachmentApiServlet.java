package org.samraad.devhost.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.samraad.devhost.persistence.HostStore;
import org.samraad.devhost.persistence.HostStore.AttachmentRow;
import org.samraad.devhost.persistence.HostStore.PageRow;
import org.samraad.devhost.services.RequestContext;

/**
 * Confluence's v1 REST for a page's attachments, {@code /rest/api/content/{id}/child/attachment} (Confluence Data
 * Center REST API, "Attachments" / "Child Content"):
 * <ul>
 * <li>{@code GET}: {@code results[]} of {@code {id: "att<number>", type: "attachment", status, title, metadata:
 * {mediaType}, extensions: {mediaType, fileSize}, version: {number}, _links: {download, self}}}, with
 * {@code start}, {@code limit}, {@code size}; a page the caller may not view is a 404, as for the page itself.</li>
 * <li>{@code POST} multipart/form-data with a {@code file} part and {@code X-Atlassian-Token: no-check} (without
 * the header Confluence's XSRF check refuses it, 403): the same shape with the new attachment; callers who may not
 * edit the space get 403 (anonymous 401), a file name the page already has 400, as Confluence answers.</li>
 * </ul>
 * The file is served at {@code /download/attachments/{pageId}/{title}} to those who may view the page. The host keeps
 * one version of each file (Confluence keeps a history and updates a file through {@code …/attachment/{id}/data}).
 */
final class AttachmentApiServlet extends HostServlet {
    static final String SUFFIX = "/child/attachment";

    AttachmentApiServlet(HostWeb web) {
        super(web);
    }

    /** The page id of a {@code /{id}/child/attachment} path, or -1. */
    static long pageIdOf(String pathInfo) {
        if (pathInfo == null || !pathInfo.endsWith(SUFFIX)) {
            return -1;
        }
        try {
            return Long.parseLong(pathInfo.substring(1, pathInfo.length() - SUFFIX.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    void list(HttpServletRequest request, HttpServletResponse response, long pageId) throws IOException {
        Optional<PageRow> page = web.visiblePage(pageId);
        if (page.isEmpty()) {
            ContentApiServlet.answer(response, 404, ContentApiServlet.error(404, "No content found with id: "
                    + "ContentId{id=" + pageId + "}"));
            return;
        }
        List<AttachmentRow> all = web.store().attachments(pageId);
        int start = (int) Math.max(0, longParameter(request, "start"));
        long asked = longParameter(request, "limit");
        int limit = asked < 1 ? 50 : (int) Math.min(200, asked);
        List<AttachmentRow> shown = all.subList(Math.min(start, all.size()), Math.min(all.size(), start + limit));
        ContentApiServlet.answer(response, 200, results(shown, start, limit, ContentApiServlet.baseUrl(request)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        long pageId = pageIdOf(request.getPathInfo());
        Optional<PageRow> page = pageId < 0 ? Optional.empty() : web.visiblePage(pageId);
        if (page.isEmpty()) {
            ContentApiServlet.answer(response, 404, ContentApiServlet.error(404, "No content found with id: "
                    + "ContentId{id=" + pageId + "}"));
            return;
        }
        if (!"no-check".equals(request.getHeader("X-Atlassian-Token"))) {
            ContentApiServlet.answer(response, 403, ContentApiServlet.error(403, "XSRF check failed"));
            return;
        }
        if (RequestContext.current().user().isEmpty()) {
            ContentApiServlet.answer(response, 401, ContentApiServlet.error(401, "Log in to add attachments"));
            return;
        }
        if (!web.canEdit(page.get().spaceKey())) {
            ContentApiServlet.answer(response, 403, ContentApiServlet.error(403,
                    "User not permitted to create attachments for content: " + pageId));
            return;
        }
        String contentType = request.getContentType();
        Part file = contentType != null && contentType.startsWith("multipart/form-data") ? request.getPart("file") : null;
        if (file == null || file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank()) {
            ContentApiServlet.answer(response, 400, ContentApiServlet.error(400, "No file was sent (multipart part \"file\")"));
            return;
        }
        if (file.getSize() > HostStore.MAX_ATTACHMENT_BYTES) {
            ContentApiServlet.answer(response, 413, ContentApiServlet.error(413, "The file is larger than the dev host keeps"));
            return;
        }
        String title = file.getSubmittedFileName().replaceAll("^.*[/\\\\]", "").strip();
        byte[] data;
        try (InputStream in = file.getInputStream()) {
            data = in.readAllBytes();
        }
        String mediaType = file.getContentType() == null ? "application/octet-stream" : file.getContentType();
        String userKey = RequestContext.current().user().get().getKey().getStringValue();
        Optional<AttachmentRow> added = web.store().addAttachment(pageId, title, mediaType, data, userKey);
        if (added.isEmpty()) {
            ContentApiServlet.answer(response, 400, ContentApiServlet.error(400, "Cannot add a new attachment with same "
                    + "file name as an existing attachment: " + title));
            return;
        }
        ContentApiServlet.answer(response, 200, results(List.of(added.get()), 0, 1, ContentApiServlet.baseUrl(request)));
    }

    private static ObjectNode results(List<AttachmentRow> attachments, int start, int limit, String baseUrl) {
        ObjectNode answer = ContentJson.JSON.createObjectNode();
        ArrayNode results = answer.putArray("results");
        for (AttachmentRow a : attachments) {
            ObjectNode entry = results.addObject();
            entry.put("id", "att" + a.id()).put("type", "attachment").put("status", "current").put("title", a.title());
            entry.putObject("metadata").put("mediaType", a.mediaType()).put("comment", "");
            entry.putObject("extensions").put("mediaType", a.mediaType()).put("fileSize", a.size()).put("comment", "");
            entry.putObject("version").put("number", 1).put("when", a.created().toString());
            entry.putObject("_links").put("download", downloadPath(a)).put("self", baseUrl + "/rest/api/content/att" + a.id());
        }
        answer.put("start", start).put("limit", limit).put("size", attachments.size());
        answer.putObject("_links").put("base", baseUrl).put("context", "");
        return answer;
    }

    static String downloadPath(AttachmentRow a) {
        return "/download/attachments/" + a.pageId() + "/" + Html.url(a.title()).replace("+", "%20") + "?version=1&api=v2";
    }

    /** {@code GET /download/attachments/{pageId}/{title}}: the file, to those who may view the page. */
    static final class Download extends HostServlet {
        Download(HostWeb web) {
            super(web);
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
            int slash = path.indexOf('/');
            long pageId;
            try {
                pageId = slash < 0 ? -1 : Long.parseLong(path.substring(0, slash));
            } catch (NumberFormatException e) {
                pageId = -1;
            }
            String title = slash < 0 ? "" : path.substring(slash + 1);
            Optional<AttachmentRow> row = pageId < 0 || web.visiblePage(pageId).isEmpty() ? Optional.empty()
                    : web.store().attachments(pageId).stream().filter(a -> a.title().equals(title)).findFirst();
            Optional<byte[]> data = row.flatMap(a -> web.store().attachmentData(a.pageId(), a.title()));
            if (data.isEmpty()) {
                notFound(request, response);
                return;
            }
            response.setContentType(row.get().mediaType());
            response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                    + Html.url(title).replace("+", "%20"));
            response.getOutputStream().write(data.get());
        }
    }
}
