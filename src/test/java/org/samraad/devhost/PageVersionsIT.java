package org.samraad.devhost;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.Test;
import org.samraad.testing.FormSession;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * Page versions as Confluence keeps them: each save is a new version with its author, time and comment, listed in
 * the page history ({@code /pages/viewpreviouspageversions.action}) and each viewable; Confluence's REST
 * {@code GET /rest/api/content/{id}?expand=body.storage,version} gives the current one (or an earlier one with
 * {@code status=historical&version=N}), and a page the caller may not view is a 404 there too.
 */
public class PageVersionsIT {
    private final HttpApi api = SharedDevHost.api();

    @Test
    public void editingAPageTwiceGivesThreeVersionsInTheHistoryAndTheContentApi() {
        String title = "Versioneret side " + System.nanoTime();
        long page = SharedDevHost.host().createPage("UDS", title, "<p>Første udgave</p>");
        FormSession member = new FormSession("member");
        save(member, page, 1, title, "<p>Anden udgave</p>", "Rettede teksten");
        save(member, page, 2, title, "<p>Tredje udgave</p>", "Tilføjede <mere>");

        String history = api.get("reader", "/pages/viewpreviouspageversions.action?pageId=" + page).text();
        assertEquals(3, history.split("<tr><td>").length - 1);
        assertTrue(history, history.contains("Current version (v. 3)"));
        assertTrue(history.contains("Rettede teksten"));
        assertTrue("comments are escaped", history.contains("Tilføjede &lt;mere&gt;"));
        assertTrue(history.contains("Maria Medlem") || history.contains("member"));
        String first = api.get("reader", "/pages/viewpage.action?pageId=" + page + "&pageVersion=1").text();
        assertTrue(first.contains("Første udgave"));
        assertTrue(first.contains("You are viewing an old version of this page (v. 1"));

        JsonNode content = api.get("reader", "/rest/api/content/" + page + "?expand=body.storage,version").json();
        assertEquals(Long.toString(page), content.get("id").asText());
        assertEquals("page", content.get("type").asText());
        assertEquals("current", content.get("status").asText());
        assertEquals(title, content.get("title").asText());
        assertEquals(3, content.get("version").get("number").asInt());
        assertEquals("Tilføjede <mere>", content.get("version").get("message").asText());
        assertEquals("member", content.get("version").get("by").get("username").asText());
        assertEquals("<p>Tredje udgave</p>", content.get("body").get("storage").get("value").asText());
        assertEquals("storage", content.get("body").get("storage").get("representation").asText());

        JsonNode old = api.get("reader", "/rest/api/content/" + page + "?status=historical&version=2&expand=body.storage")
                .json();
        assertEquals("historical", old.get("status").asText());
        assertEquals("<p>Anden udgave</p>", old.get("body").get("storage").get("value").asText());
        assertTrue("not expanded, named", old.get("_expandable").has("version"));
    }

    @Test
    public void aPageTheCallerMayNotViewIsNotFoundInTheContentApiOrItsHistory() {
        long page = SharedDevHost.host().createPage("UDS", "Begrænset version " + System.nanoTime(), "<p>Hemmeligt</p>");
        SharedDevHost.host().restrictPage(page, "secretary");

        assertEquals(404, api.get("reader", "/rest/api/content/" + page + "?expand=body.storage").status());
        assertEquals(404, api.get(null, "/pages/viewpreviouspageversions.action?pageId=" + page).status());
        assertEquals(200, api.get("secretary", "/rest/api/content/" + page).status());
    }

    private static void save(FormSession session, long page, int version, String title, String body, String comment) {
        String editor = session.get("/pages/editpage.action?pageId=" + page).body();
        HttpResponse<String> saved = session.post("/pages/doeditpage.action", Map.of("atl_token", FormSession.token(editor),
                "pageId", Long.toString(page), "version", Integer.toString(version), "title", title, "body", body,
                "versionComment", comment));
        assertEquals(saved.body(), 302, saved.statusCode());
    }
}
