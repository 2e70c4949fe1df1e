package org.samraad.search;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpApi.Reply;
import org.samraad.testing.SharedDevHost;

/**
 * Confluence's site search over real HTTP against the dev host ({@code GET /rest/api/search?cql=siteSearch ~ "…"}):
 * a meeting page is found by the words of its agenda once the agenda is published (the plugin asks for the page to
 * be re-indexed; the page itself is never saved), never by a closed item's words, not even by an insider (the index
 * holds one reader's version per page), and a restricted page only by those who may view it.
 */
public class SiteSearchIT {
    private static final String API = "/rest/samraad/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpApi api = SharedDevHost.api();
    private final List<Integer> meetings = new ArrayList<>();
    private int councilId;

    @Before
    public void findTheDemoCouncil() {
        councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
    }

    @After
    public void removeWhatTheTestAdded() {
        meetings.forEach(id -> api.delete("secretary", API + "/meetings/" + id));
    }

    @Test
    public void aMeetingPageIsFoundByItsPublishedAgendaButNeverByAClosedItemsWords() {
        String openTitle = word("natcafe");
        String openText = word("varmestue");
        String closedTitle = word("fortrolig");
        String closedText = word("borgersag");
        long page = SharedDevHost.host().createPage("UDS", "Søgemøde " + System.nanoTime(),
                "<p>Mødeside.</p><ac:structured-macro ac:name=\"samraad-agenda\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"view\">auto</ac:parameter></ac:structured-macro>");
        Reply planned = api.postJson("secretary", API + "/councils/" + councilId + "/meetings", JSON.createObjectNode()
                .put("kind", "ORDINARY").put("date", "2099-05-12").put("startTime", "17:00").put("pageId", page)
                .toString());
        assertEquals(planned.text(), 201, planned.status());
        int meeting = planned.json().get("id").asInt();
        meetings.add(meeting);
        add(meeting, item("Tilskud til " + openTitle).put("casePresentation", "Om " + openText + " om vinteren"));
        add(meeting, item("Sag om " + closedTitle).put("closed", true).put("casePresentation", closedText));

        assertEquals("a draft agenda is not searchable", 0, total("reader", openTitle));
        assertEquals("not even for those who prepare it", 0, total("secretary", openTitle));

        Reply published = api.postJson("secretary", API + "/meetings/" + meeting + "/transition",
                JSON.createObjectNode().put("to", "AGENDA_PUBLISHED")
                        .put("version", planned.json().get("version").asInt()).toString());
        assertEquals(published.text(), 200, published.status());

        for (String user : new String[] {null, "reader"}) {
            JsonNode found = search(user, openTitle);
            assertEquals(String.valueOf(user), 1, found.get("totalSize").asInt());
            JsonNode result = found.get("results").get(0);
            assertEquals(Long.toString(page), result.get("content").get("id").asText());
            assertEquals("page", result.get("content").get("type").asText());
            assertEquals(result.get("title").asText(), result.get("content").get("title").asText());
            assertEquals("/pages/viewpage.action?pageId=" + page, result.get("url").asText());
            assertTrue(result.get("excerpt").asText(), result.get("excerpt").asText().contains(openTitle));
            assertEquals("the item's text too", 1, total(user, openText));
        }
        for (String user : new String[] {null, "reader", "member", "secretary"}) {
            assertEquals("closed title for " + user, 0, total(user, closedTitle));
            assertEquals("closed text for " + user, 0, total(user, closedText));
        }
    }

    @Test
    public void aRestrictedPageIsFoundOnlyByThoseWhoMayViewIt() {
        String secret = word("hemmelig");
        String open = word("aaben");
        long restricted = SharedDevHost.host().createPage("UDS", "Begrænset " + System.nanoTime(),
                "<p>Kun for sekretariatet: " + secret + "</p>");
        SharedDevHost.host().restrictPage(restricted, "secretary");
        long visible = SharedDevHost.host().createPage("UDS", "Åben side " + open, "<p>For alle.</p>");

        assertEquals(0, total(null, secret));
        assertEquals(0, total("reader", secret));
        assertEquals(1, total("secretary", secret));
        assertEquals("found by its title", Long.toString(visible),
                search("reader", open).get("results").get(0).get("content").get("id").asText());
    }

    @Test
    public void cqlTheHostDoesNotAnswerIsRefusedAsConfluenceRefusesUnparsableCql() {
        Reply refused = api.get("reader", "/rest/api/search?cql=" + encode("type = page"));
        assertEquals(400, refused.status());
        assertEquals(400, refused.json().get("statusCode").asInt());
    }

    private JsonNode search(String user, String words) {
        Reply reply = api.get(user, "/rest/api/search?cql=" + encode("siteSearch ~ \"" + words + "\""));
        assertEquals(reply.text(), 200, reply.status());
        JsonNode answer = reply.json();
        assertEquals(answer.get("results").size(), answer.get("size").asInt());
        return answer;
    }

    private int total(String user, String words) {
        return search(user, words).get("totalSize").asInt();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A word no other page has, so tests sharing the host cannot find each other's pages. */
    private static String word(String stem) {
        return stem + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36).replaceAll("\\d", "x");
    }

    private static ObjectNode item(String title) {
        return JSON.createObjectNode().put("title", title).put("kind", "DISCUSSION").put("durationMinutes", 10);
    }

    private void add(int meeting, ObjectNode item) {
        Reply added = api.postJson("secretary", API + "/meetings/" + meeting + "/agenda", item.toString());
        assertEquals(added.text(), 201, added.status());
    }
}
