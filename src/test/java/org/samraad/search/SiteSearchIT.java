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
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpApi.Reply;
import org.samraad.testing.MeetingPages;
import org.samraad.testing.MeetingPages.MeetingPage;
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
    private final List<MeetingPage> meetings = new ArrayList<>();
    private int councilId;

    @Before
    public void findTheDemoCouncil() {
        councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
    }

    @After
    public void removeWhatTheTestAdded() {
        meetings.forEach(meeting -> MeetingPages.remove(api, meeting));
    }

    @Test
    public void aMeetingPageIsFoundByItsPublishedAgendaButNeverByAClosedItemsWords() {
        String openTitle = MeetingPages.word("natcafe");
        String openText = MeetingPages.word("varmestue");
        String closedTitle = MeetingPages.word("fortrolig");
        String closedText = MeetingPages.word("borgersag");
        MeetingPage meeting = MeetingPages.plan(api, councilId, "Søgemøde " + System.nanoTime());
        meetings.add(meeting);
        long page = meeting.pageId();
        MeetingPages.add(api, meeting, MeetingPages.item("Tilskud til " + openTitle)
                .put("casePresentation", "Om " + openText + " om vinteren"));
        MeetingPages.add(api, meeting, MeetingPages.item("Sag om " + closedTitle).put("closed", true)
                .put("casePresentation", closedText));

        assertEquals("a draft agenda is not searchable", 0, total("reader", openTitle));
        assertEquals("not even for those who prepare it", 0, total("secretary", openTitle));

        MeetingPages.publishAgenda(api, meeting);

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
    public void anAcceptedAgendaRequestIsFoundAsTheItemItBecame() {
        MeetingPage meeting = MeetingPages.plan(api, councilId, "Anmodningsmøde " + System.nanoTime());
        meetings.add(meeting);
        MeetingPages.publishAgenda(api, meeting);
        String wish = MeetingPages.word("vaeresteder");
        Reply requested = api.postJson("member", API + "/meetings/" + meeting.meetingId() + "/agenda-requests",
                JSON.createObjectNode().put("title", "Åbningstider for " + wish).toString());
        assertEquals(requested.text(), 201, requested.status());
        assertEquals("a request is not an item yet", 0, total("reader", wish));

        Reply accepted = api.putJson("secretary", API + "/agenda-requests/" + requested.json().get("id").asInt(),
                JSON.createObjectNode().put("status", "ACCEPTED").put("version", requested.json().get("version").asInt())
                        .toString());
        assertEquals(accepted.text(), 200, accepted.status());

        assertEquals(List.of(Long.toString(meeting.pageId())), pages("reader", wish));
    }

    @Test
    public void anOpenActionIsFoundOnTheMeetingPagesThatListItUnderFollowUpUntilItIsRemoved() {
        MeetingPage meeting = MeetingPages.plan(api, councilId, "Opfølgningsmøde " + System.nanoTime());
        meetings.add(meeting);
        MeetingPages.publishAgenda(api, meeting);
        String task = MeetingPages.word("lokaleleje");
        assertEquals("the page is indexed before the action exists", 0, total("reader", task));
        Reply created = api.postJson("secretary", API + "/actions", JSON.createObjectNode().put("councilId", councilId)
                .put("title", "Undersøg " + task).put("ownerName", "Lise Lokal").toString());
        assertEquals(created.text(), 201, created.status());
        int action = created.json().get("id").asInt();

        assertTrue("the page is re-indexed, not saved", pages("reader", task).contains(Long.toString(meeting.pageId())));

        assertEquals(204, api.delete("secretary", API + "/actions/" + action).status());
        assertEquals(0, total("reader", task));
    }

    @Test
    public void aHearingsResponsePageIsFoundByTheHearingsSummaryAsItIsNow() {
        String before = MeetingPages.word("hjemloese");
        String after = MeetingPages.word("vinterberedskab");
        long page = SharedDevHost.host().createPage("UDS", "Høringssvar " + System.nanoTime(), "<p>Vores svar.</p>");
        ObjectNode hearing = JSON.createObjectNode().put("title", "Høring om strategi").put("deadline", "2099-03-01")
                .put("summary", "Forslaget om " + before).put("pageId", page);
        Reply created = api.postJson("secretary", API + "/councils/" + councilId + "/hearings", hearing.toString());
        assertEquals(created.text(), 201, created.status());
        int id = created.json().get("id").asInt();
        try {
            assertEquals(List.of(Long.toString(page)), pages("reader", before));

            Reply changed = api.putJson("secretary", API + "/hearings/" + id, hearing.put("summary", "Forslaget om "
                    + after).put("version", created.json().get("version").asInt()).toString());
            assertEquals(changed.text(), 200, changed.status());

            assertEquals(0, total("reader", before));
            assertEquals(List.of(Long.toString(page)), pages("reader", after));
        } finally {
            api.delete("secretary", API + "/hearings/" + id);
        }
    }

    @Test
    public void aRestrictedPageIsFoundOnlyByThoseWhoMayViewIt() {
        String secret = MeetingPages.word("hemmelig");
        String open = MeetingPages.word("aaben");
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

    private List<String> pages(String user, String words) {
        List<String> ids = new ArrayList<>();
        search(user, words).get("results").forEach(result -> ids.add(result.get("content").get("id").asText()));
        return ids;
    }

    private int total(String user, String words) {
        return search(user, words).get("totalSize").asInt();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
