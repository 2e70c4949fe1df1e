package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpApi.Reply;
import org.samraad.testing.MeetingPages;
import org.samraad.testing.MeetingPages.MeetingPage;
import org.samraad.testing.SharedDevHost;

/**
 * Approved minutes as page content, over real HTTP against the dev host: approving writes a new page version by the
 * approver with the council's "minutes approved" comment, readable in Confluence's content API and page history and
 * found by Confluence's site search, never with a closed item's words, for anyone; reopening writes the live macros
 * back in a further version.
 */
public class MinutesInPageIT {
    private static final String API = "/rest/samraad/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> APPROVED = Map.of("en", "Minutes approved", "da", "Referat godkendt",
            "sv", "Protokoll justerat");
    private static final Map<String, String> REOPENED = Map.of("en", "Minutes reopened", "da", "Referat genåbnet",
            "sv", "Protokollet öppnat igen");

    private final HttpApi api = SharedDevHost.api();
    private MeetingPage meeting;
    private String locale;

    @Before
    public void planAMeetingOnItsPage() {
        JsonNode council = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0);
        locale = council.get("locale").asText();
        meeting = MeetingPages.plan(api, council.get("id").asInt(), "Referatmøde " + System.nanoTime());
    }

    @After
    public void removeTheMeeting() {
        int version = api.get("secretary", API + "/meetings/" + meeting.meetingId()).json().get("version").asInt();
        api.postJson("secretary", API + "/meetings/" + meeting.meetingId() + "/transition",
                "{\"to\":\"HELD\",\"version\":" + version + ",\"reason\":\"Test cleanup\"}");
        MeetingPages.remove(api, meeting);
    }

    @Test
    public void approvedMinutesAreANewPageVersionFoundBySearchAndReopeningWritesTheLiveMacrosBack() {
        String decision = MeetingPages.word("varmestuer");
        String closedTitle = MeetingPages.word("fortrolig");
        String closedDecision = MeetingPages.word("borgersag");
        MeetingPages.add(api, meeting, MeetingPages.item("Tilskud").put("kind", "DECISION")
                .put("decision", "Rådet bevilger " + decision));
        MeetingPages.add(api, meeting, MeetingPages.item("Sag om " + closedTitle).put("kind", "DECISION")
                .put("closed", true).put("decision", "Afgjort " + closedDecision));
        int version = MeetingPages.publishAgenda(api, meeting).version();
        version = step("HELD", version);

        step("MINUTES_APPROVED", version);

        JsonNode content = api.get("reader", "/rest/api/content/" + meeting.pageId() + "?expand=body.storage,version")
                .json();
        assertEquals(2, content.get("version").get("number").asInt());
        assertEquals(APPROVED.get(locale), content.get("version").get("message").asText());
        assertEquals("secretary", content.get("version").get("by").get("username").asText());
        String body = content.get("body").get("storage").get("value").asText();
        assertTrue(body, body.contains("Rådet bevilger " + decision));
        assertFalse(body, body.contains(closedTitle) || body.contains(closedDecision));
        assertFalse("the live agenda gave way to the minutes: " + body, body.contains(">auto<"));
        assertTrue(api.get("reader", "/pages/viewpreviouspageversions.action?pageId=" + meeting.pageId()).text()
                .contains(APPROVED.get(locale)));

        for (String user : new String[] {null, "reader"}) {
            JsonNode found = search(user, decision);
            assertEquals(String.valueOf(user), 1, found.get("totalSize").asInt());
            assertEquals(Long.toString(meeting.pageId()), found.get("results").get(0).get("content").get("id").asText());
        }
        for (String user : new String[] {null, "reader", "member", "secretary"}) {
            assertEquals("closed title for " + user, 0, search(user, closedTitle).get("totalSize").asInt());
            assertEquals("closed decision for " + user, 0, search(user, closedDecision).get("totalSize").asInt());
        }

        int approved = api.get("secretary", API + "/meetings/" + meeting.meetingId()).json().get("version").asInt();
        Reply reopen = api.postJson("secretary", API + "/meetings/" + meeting.meetingId() + "/transition",
                JSON.createObjectNode().put("to", "HELD").put("version", approved)
                        .put("reason", "Punkt 1 var forkert gengivet").toString());
        assertEquals(reopen.text(), 200, reopen.status());

        JsonNode reopened = api.get("reader", "/rest/api/content/" + meeting.pageId() + "?expand=body.storage,version")
                .json();
        assertEquals(3, reopened.get("version").get("number").asInt());
        assertEquals("the reason, after the council's words", REOPENED.get(locale) + ": Punkt 1 var forkert gengivet",
                reopened.get("version").get("message").asText());
        String live = reopened.get("body").get("storage").get("value").asText();
        assertTrue(live, live.contains("<ac:parameter ac:name=\"view\">auto</ac:parameter>"));
        assertFalse(live, live.contains(decision));
    }

    @Test
    public void publishingWritesThePublicMinutesUnderTheCouncilsPublicationPageWhichMustBeEditable() {
        JsonNode council = api.get("secretary", API + "/councils?spaceKey=UDS").json().get("items").get(0);
        String councilPath = API + "/councils/" + council.get("id").asInt();
        long locked = SharedDevHost.host().createPage("UDS", "Låst side " + System.nanoTime(), "<p>Låst.</p>");
        SharedDevHost.host().restrictPage(locked, "admin");
        Reply refused = api.putJson("secretary", councilPath, settings(council, locked).toString());
        assertEquals(refused.text(), 400, refused.status());
        assertEquals("publicationPageId", refused.json().get("errors").get(0).get("field").asText());

        long publication = SharedDevHost.host().createPage("UDS", "Offentlige referater " + System.nanoTime(),
                "<p>Rådets offentliggjorte referater.</p>");
        Reply set = api.putJson("secretary", councilPath, settings(council, publication).toString());
        assertEquals(set.text(), 200, set.status());
        assertEquals(publication, set.json().get("publicationPageId").asLong());
        try {
            String decision = MeetingPages.word("boligsociale");
            String closed = MeetingPages.word("fortrolig");
            MeetingPages.add(api, meeting, MeetingPages.item("Boliger").put("kind", "DECISION")
                    .put("decision", "Rådet anbefaler " + decision));
            MeetingPages.add(api, meeting, MeetingPages.item("Sag " + closed).put("kind", "DECISION")
                    .put("closed", true).put("decision", closed));
            int version = step("HELD", MeetingPages.publishAgenda(api, meeting).version());
            version = step("MINUTES_APPROVED", version);

            step("PUBLISHED", version);

            JsonNode found = search("reader", decision);
            assertEquals("the meeting page and the published minutes", 2, found.get("totalSize").asInt());
            JsonNode published = null;
            for (JsonNode result : found.get("results")) {
                if (!result.get("content").get("id").asText().equals(Long.toString(meeting.pageId()))) {
                    published = result.get("content");
                }
            }
            String title = api.get("secretary", API + "/meetings/" + meeting.meetingId()).json().get("title").asText();
            assertEquals(title + (locale.equals("da") ? " – referat" : locale.equals("sv") ? " – protokoll" : " – minutes"),
                    published.get("title").asText());
            String body = api.get(null, "/rest/api/content/" + published.get("id").asText() + "?expand=body.storage")
                    .json().get("body").get("storage").get("value").asText();
            assertTrue(body, body.contains("Rådet anbefaler " + decision));
            assertFalse(body, body.contains(closed));
            assertEquals(0, search("secretary", closed).get("totalSize").asInt());
        } finally {
            JsonNode now = api.get("secretary", councilPath).json();
            api.putJson("secretary", councilPath, settings(now, 0).toString());
        }
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode settings(JsonNode council, long publicationPageId) {
        return JSON.createObjectNode().put("name", council.get("name").asText()).put("kind", council.get("kind").asText())
                .put("version", council.get("version").asInt()).put("publicationPageId", publicationPageId);
    }

    private int step(String to, int version) {
        Reply moved = api.postJson("secretary", API + "/meetings/" + meeting.meetingId() + "/transition",
                JSON.createObjectNode().put("to", to).put("version", version).put("confirm", true).toString());
        assertEquals(moved.text(), 200, moved.status());
        return moved.json().get("version").asInt();
    }

    private JsonNode search(String user, String words) {
        String cql = URLEncoder.encode("siteSearch ~ \"" + words + "\"", StandardCharsets.UTF_8);
        return api.get(user, "/rest/api/search?cql=" + cql).json();
    }
}
