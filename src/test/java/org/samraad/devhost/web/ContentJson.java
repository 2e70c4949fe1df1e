package org.samraad.devhost.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.samraad.devhost.persistence.HostStore.PageVersion;
import org.samraad.devhost.services.DemoUsers;
import org.samraad.devhost.services.HostSpace;
import org.samraad.devhost.services.HostUser;

/**
 * Confluence's v1 REST representation of a page ({@code com.atlassian.confluence.api.model.content.Content} as JSON):
 * {@code id} as a string, {@code type}, {@code status}, {@code title}, and with {@code expand} the
 * {@code body.storage} ({@code value}, {@code representation}), the {@code version} ({@code by}, {@code when},
 * {@code message}, {@code number}, {@code minorEdit}) and the {@code space}; what is not expanded is named in
 * {@code _expandable}, links in {@code _links}.
 */
final class ContentJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private ContentJson() {}

    /** @param status "current" for the page as it is, "historical" for an earlier version */
    static ObjectNode page(PageVersion page, HostSpace space, String status, Set<String> expand, String baseUrl) {
        ObjectNode content = reference(page.pageId(), page.title(), status, baseUrl);
        ObjectNode expandable = JSON.createObjectNode();
        if (expand.contains("space")) {
            content.putObject("space").put("id", space.getId()).put("key", space.getKey()).put("name", space.getName())
                    .put("type", "global").putObject("_links").put("webui", space.getUrlPath());
        } else {
            expandable.put("space", "/rest/api/space/" + space.getKey());
        }
        if (expand.contains("version")) {
            content.set("version", version(page));
        } else {
            expandable.put("version", "");
        }
        if (expand.contains("body.storage") || expand.contains("body")) {
            ObjectNode body = content.putObject("body");
            if (expand.contains("body.storage")) {
                body.putObject("storage").put("value", page.body()).put("representation", "storage")
                        .putObject("_expandable").put("content", "/rest/api/content/" + page.pageId());
            } else {
                body.putObject("_expandable").put("storage", "").put("view", "").put("export_view", "");
            }
        } else {
            expandable.put("body", "");
        }
        expandable.put("history", "/rest/api/content/" + page.pageId() + "/history");
        content.set("_expandable", expandable);
        return content;
    }

    /** The content as search results and links name it: id, type, status, title, links. */
    static ObjectNode reference(long pageId, String title, String status, String baseUrl) {
        ObjectNode content = JSON.createObjectNode().put("id", Long.toString(pageId)).put("type", "page")
                .put("status", status).put("title", title);
        content.putObject("_links").put("webui", Html.viewPath(pageId)).put("edit", "/pages/resumedraft.action?draftId="
                + pageId).put("tinyui", "/x/" + pageId).put("self", baseUrl + "/rest/api/content/" + pageId);
        return content;
    }

    private static ObjectNode version(PageVersion page) {
        ObjectNode version = JSON.createObjectNode();
        Optional<HostUser> author = Optional.ofNullable(page.authorKey()).flatMap(DemoUsers::byKey);
        ObjectNode by = version.putObject("by");
        if (author.isPresent()) {
            by.put("type", "known").put("username", author.get().getName())
                    .put("userKey", author.get().getKey().getStringValue()).put("displayName", author.get().getFullName());
        } else {
            by.put("type", "anonymous").put("displayName", "Anonymous");
        }
        version.put("when", Instant.ofEpochMilli(page.saved().toEpochMilli()).toString())
                .put("message", page.comment())
                .put("number", page.version())
                .put("minorEdit", false);
        return version;
    }
}
