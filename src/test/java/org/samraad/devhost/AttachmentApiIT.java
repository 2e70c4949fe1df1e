package org.samraad.devhost;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.Test;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpApi.Reply;
import org.samraad.testing.SharedDevHost;

/**
 * The host's copy of Confluence's attachment REST, which the agenda's bilag picker uses: a page's attachments
 * listed ({@code GET /rest/api/content/{id}/child/attachment}), a file uploaded (multipart POST with
 * {@code X-Atlassian-Token: no-check}) and downloaded, each for whom Confluence allows it.
 */
public class AttachmentApiIT {
    private final HttpApi api = SharedDevHost.api();

    @Test
    public void anEditorUploadsAFileReadersListAndDownloadItOthersAreRefused() {
        String home = "/rest/api/content/" + homePage();
        String name = "Bilag-" + UUID.randomUUID().toString().substring(0, 8) + ".txt";

        assertEquals("no XSRF token", 403, api.uploadFile("secretary", home + "/child/attachment", name, "x", false).status());
        assertEquals("anonymous", 401, api.uploadFile(null, home + "/child/attachment", name, "x", true).status());
        assertEquals("a reader may not add files", 403,
                api.uploadFile("reader", home + "/child/attachment", name, "x", true).status());

        Reply added = api.uploadFile("member", home + "/child/attachment", name, "Referat", true);
        assertEquals(added.text(), 200, added.status());
        JsonNode attachment = added.json().get("results").get(0);
        assertTrue(attachment.get("id").asText().matches("att\\d+"));
        assertEquals("attachment", attachment.get("type").asText());
        assertEquals(name, attachment.get("title").asText());
        assertEquals(7, attachment.get("extensions").get("fileSize").asInt());
        assertEquals("a second file of that name is refused", 400,
                api.uploadFile("member", home + "/child/attachment", name, "y", true).status());

        JsonNode listed = api.get(null, home + "/child/attachment").json().get("results");
        assertTrue(listed.toString(), listed.findValuesAsText("title").contains(name));
        Reply file = api.get("reader", attachment.get("_links").get("download").asText());
        assertEquals(200, file.status());
        assertEquals("Referat", file.text());
        assertEquals(404, api.get(null, "/rest/api/content/999999999/child/attachment").status());
    }

    /** The demo space's "Tilbudsoversigt" page, found by title as the page pickers find pages. */
    private long homePage() {
        String cql = URLEncoder.encode("type = page AND space = \"UDS\" AND title ~ \"Tilbudsoversigt\"",
                StandardCharsets.UTF_8);
        return api.get(null, "/rest/api/search?cql=" + cql).json().get("results").get(0).get("content").get("id")
                .asLong();
    }
}
