package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.samraad.testing.ErrorReplies.assertFieldErrors;
import static org.samraad.testing.ErrorReplies.assertNotFound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpApi.Reply;
import org.samraad.testing.SharedDevHost;

/**
 * The agenda over real HTTP against the dev host's public demo space UDS and its seeded council. Users: secretary
 * (space administrator and council secretary), member (can edit, vice chair: an insider), reader (can view),
 * anonymous (can view UDS). Each test works on a meeting of its own, removed afterwards.
 */
public class AgendaRestIT {
    private static final String API = "/rest/samraad/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpApi api = SharedDevHost.api();
    private final HostMeetings meetings = new HostMeetings();
    private int meetingId;

    @Before
    public void aMeetingOfTheDemoCouncil() {
        int councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
        meetingId = meetings.create(councilId, "Ordinært møde, agenda-test", LocalDateTime.of(2026, 10, 25, 1, 30), null);
    }

    @After
    public void removeTheMeeting() {
        meetings.removeAll();
    }

    @Test
    public void anEditorAddsChangesReordersAndDeletesItemsAndEveryoneWhoMayViewReadsTheAgenda() {
        JsonNode approve = add("member", item("Godkendelse af dagsorden").put("kind", "STANDING")
                .put("standingKind", "APPROVE_AGENDA").put("durationMinutes", 60));
        JsonNode aob = add("member", item("Eventuelt").put("kind", "STANDING").put("standingKind", "AOB"));
        ObjectNode budget = item("Budget for natcaféen").put("kind", "DECISION").put("durationMinutes", 60)
                .put("presenterName", "Karin Holm").put("casePresentation", "Natcaféen mangler penge.");
        budget.putArray("attachments").addObject().put("title", "Budgetnotat").put("url", "https://nordby.dk/b.pdf");
        JsonNode added = add("member", budget);
        assertEquals("before any other business", 2, added.get("number").asInt());
        assertEquals("2026-10-25T02:30:00+02:00", added.get("startsAt").asText());
        assertEquals(1, added.get("attachments").get(0).get("number").asInt());
        assertTrue("a link is no Confluence attachment", added.get("attachments").get(0).get("attachmentId").isNull());
        assertEquals(0, added.get("version").asInt());

        meetings.status(meetingId, MeetingStatus.AGENDA_PUBLISHED); // others read it once it is published
        JsonNode agenda = api.get(null, API + "/meetings/" + meetingId + "/agenda").json();
        assertEquals(3, agenda.get("total").asInt());
        assertEquals(List.of("Godkendelse af dagsorden", "Budget for natcaféen", "Eventuelt"), titles(agenda));
        assertTrue(agenda.get("items").get(1).get("attachments").get(0).get("attachmentId").isNull());
        assertEquals("two real hours after 01:30 summer time on the night it ends",
                "2026-10-25T02:30:00+01:00", agenda.get("items").get(2).get("startsAt").asText());

        budget.put("title", "Budget for natcaféen 2027").put("version", 0).put("decision", "Rådet anbefalede tilskud.");
        Reply changed = api.putJson("secretary", API + "/agenda-items/" + added.get("id").asInt(), budget.toString());
        assertEquals(changed.text(), 200, changed.status());
        assertEquals(1, changed.json().get("version").asInt());
        assertEquals("Rådet anbefalede tilskud.", changed.json().get("decision").asText());

        Reply reordered = api.putJson("member", API + "/meetings/" + meetingId + "/agenda/order",
                order(added.get("id").asInt(), approve.get("id").asInt(), aob.get("id").asInt()));
        assertEquals(reordered.text(), 200, reordered.status());
        assertEquals(List.of("Budget for natcaféen 2027", "Godkendelse af dagsorden", "Eventuelt"),
                titles(reordered.json()));
        assertEquals(2, reordered.json().get("items").get(0).get("version").asInt());

        assertEquals(204, api.delete("member", API + "/agenda-items/" + approve.get("id").asInt()).status());
        assertEquals(List.of("Budget for natcaféen 2027", "Eventuelt"),
                titles(api.get("reader", API + "/meetings/" + meetingId + "/agenda").json()));
    }

    @Test
    public void anOrderThatPutsAnythingBelowAnyOtherBusinessIsRefusedInWordsAndChangesNothing() {
        JsonNode budget = add("member", item("Budget"));
        JsonNode aob = add("member", item("Eventuelt").put("kind", "STANDING").put("standingKind", "AOB"));
        Reply refused = api.putJson("member", API + "/meetings/" + meetingId + "/agenda/order",
                order(aob.get("id").asInt(), budget.get("id").asInt()));
        assertFieldErrors(refused, "itemIds");
        assertEquals("\"Any other business\" is always the last item: nothing can be moved below it.",
                refused.json().get("errors").get(0).get("message").asText());
        assertEquals(List.of("Budget", "Eventuelt"),
                titles(api.get("member", API + "/meetings/" + meetingId + "/agenda").json()));
    }

    @Test
    public void theAgendaSectionAndItsEasyReadPageAreServedAsHtmlToWhoeverMayViewTheMeeting() {
        add("member", item("Godkendelse af dagsorden").put("kind", "STANDING").put("standingKind", "APPROVE_AGENDA"));
        add("member", item("Budget for natcaféen").put("kind", "DECISION"));
        Reply section = api.getAccepting("member", API + "/meetings/" + meetingId + "/agenda/view?view=auto",
                "text/html");
        assertEquals(section.text(), 200, section.status());
        assertTrue(section.contentType(), section.contentType().startsWith("text/html"));
        assertTrue(section.text(), section.text().strip().startsWith("<section class=\"samraad samraad-agenda"));
        assertTrue("the live section, editable for an editor", section.text().contains("data-editable=\"true\""));
        assertTrue(section.text().contains("Budget for natcaféen"));

        Reply easy = api.getAccepting("member", API + "/meetings/" + meetingId + "/agenda/view?view=easy-read&back=auto",
                "text/html");
        assertEquals(easy.text(), 200, easy.status());
        assertTrue(easy.text().contains("samraad-agenda-view-easy-read"));
        assertTrue(easy.text().contains(">Vi siger ja til planen for mødet.</p>"));

        Reply page = api.getAccepting("member", API + "/meetings/" + meetingId + "/agenda/easy-read", "text/html");
        assertEquals(page.text(), 200, page.status());
        assertTrue(page.text(), page.text().startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        assertTrue(page.text().contains("<title>Easy-read: Ordinært møde, agenda-test</title>"));
        assertTrue(page.text().contains(">Easy-read agenda</h2>"));

        assertEquals(400, api.getAccepting("member", API + "/meetings/" + meetingId + "/agenda/view?view=party",
                "text/html").status());
        assertEquals(404, api.getAccepting(null, API + "/meetings/999999/agenda/view?view=agenda", "text/html")
                .status());
        assertEquals(404, api.getAccepting(null, API + "/meetings/999999/agenda/easy-read", "text/html").status());
    }

    @Test
    public void readersMayNotChangeTheAgendaAndMistakesAreNamedFieldByField() {
        JsonNode item = add("member", item("Budget"));
        Reply reader = api.postJson("reader", API + "/meetings/" + meetingId + "/agenda", item("x").toString());
        assertEquals(reader.text(), 403, reader.status());
        assertEquals(401, api.postJson(null, API + "/meetings/" + meetingId + "/agenda", item("x").toString()).status());
        assertEquals(403, api.delete("reader", API + "/agenda-items/" + item.get("id").asInt()).status());
        assertNotFound(api.get(null, API + "/meetings/999999/agenda"));
        assertNotFound(api.putJson("member", API + "/agenda-items/999999", item("x").put("version", 0).toString()));

        ObjectNode wrong = item(" ").put("kind", "PARTY").put("durationMinutes", 601);
        wrong.putArray("attachments").addObject().put("title", "Skadelig").put("url", "javascript:alert(1)");
        assertFieldErrors(api.postJson("member", API + "/meetings/" + meetingId + "/agenda", wrong.toString()),
                "title", "kind", "durationMinutes", "attachments[0].url");
        assertFieldErrors(api.postJson("member", API + "/meetings/" + meetingId + "/agenda",
                item("x").put("durationMinutes", "lang").toString()), "durationMinutes");
        Reply text = api.send("member", "POST", API + "/meetings/" + meetingId + "/agenda", "text/plain", "x");
        assertTrue("non-JSON posts are refused, got " + text.status(), text.status() == 403 || text.status() == 415);
        assertEquals(1, api.get("member", API + "/meetings/" + meetingId + "/agenda").json().get("total").asInt());
        assertFieldErrors(api.putJson("member", API + "/meetings/" + meetingId + "/agenda/order",
                order(item.get("id").asInt(), item.get("id").asInt())), "itemIds");
    }

    @Test
    public void onceTheMinutesAreApprovedEveryChangeIsAConflictThatSaysToReopenThem() {
        JsonNode item = add("member", item("Budget"));
        meetings.status(meetingId, MeetingStatus.MINUTES_APPROVED);
        Reply refused = api.putJson("member", API + "/agenda-items/" + item.get("id").asInt(),
                item("Ændret").put("version", 0).toString());
        assertEquals(refused.text(), 409, refused.status());
        assertTrue(refused.json().get("message").asText().contains("Reopen the minutes first"));
        assertEquals(409, api.postJson("member", API + "/meetings/" + meetingId + "/agenda", item("Nyt").toString())
                .status());
        assertEquals(409, api.delete("member", API + "/agenda-items/" + item.get("id").asInt()).status());
    }

    @Test
    public void ofTwoEditorsSavingTheSameItemAtOnceOneWinsTheOtherIsToldAndNothingIsLost() throws Exception {
        int id = add("secretary", item("Budget").put("casePresentation", "Oplæg")).get("id").asInt();
        String[] editors = {"secretary", "member", "secretary", "member"};
        ExecutorService pool = Executors.newFixedThreadPool(editors.length);
        CountDownLatch start = new CountDownLatch(1);
        List<Reply> replies = new ArrayList<>();
        try {
            List<Future<Reply>> saves = new ArrayList<>();
            for (int i = 0; i < editors.length; i++) {
                String editor = editors[i];
                String body = item("Budget fra redaktør " + i).put("casePresentation", "Tekst " + i)
                        .put("version", 0).toString();
                saves.add(pool.submit(() -> {
                    start.await();
                    return api.putJson(editor, API + "/agenda-items/" + id, body);
                }));
            }
            start.countDown();
            for (Future<Reply> save : saves) {
                replies.add(save.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        List<Reply> won = replies.stream().filter(r -> r.status() == 200).toList();
        assertEquals("exactly one save wins: " + replies, 1, won.size());
        List<Reply> conflicts = replies.stream().filter(r -> r.status() == 409).toList();
        assertEquals(editors.length - 1, conflicts.size());
        for (Reply conflict : conflicts) {
            assertTrue(conflict.json().get("message").asText().contains("Someone else saved a change in the meantime"));
        }
        JsonNode stored = api.get("member", API + "/meetings/" + meetingId + "/agenda").json().get("items").get(0);
        assertEquals(1, stored.get("version").asInt());
        assertEquals("the winner's change is stored whole", won.get(0).json().get("title").asText(),
                stored.get("title").asText());
        assertEquals(won.get(0).json().get("casePresentation").asText(), stored.get("casePresentation").asText());
        assertFalse(stored.get("casePresentation").asText().equals("Oplæg"));
    }

    @Test
    public void dissentersArePickedMembersNamedToOutsidersOnlyWithConsent() {
        int councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
        int leila = -1;
        int karin = -1;
        for (JsonNode member : api.get("secretary", API + "/councils/" + councilId + "/members").json().get("items")) {
            leila = "Leila Nour".equals(member.get("displayName").asText()) ? member.get("id").asInt() : leila;
            karin = "Karin Holm".equals(member.get("displayName").asText()) ? member.get("id").asInt() : karin;
        }
        ObjectNode item = item("Budget").put("kind", "DECISION").put("decision", "Vedtaget");
        item.putArray("dissenterIds").add(karin).add(leila);
        int id = add("secretary", item).get("id").asInt();
        item.put("version", 0).putArray("dissenterIds").add(999_999);
        Reply refused = api.putJson("secretary", API + "/agenda-items/" + id, item.toString());
        assertEquals(refused.text(), 400, refused.status());
        assertEquals("dissenterIds", refused.json().get("errors").get(0).get("field").asText());

        // who dissented is part of the record: others read it once the minutes are approved
        step("AGENDA_PUBLISHED");
        step("HELD");
        assertTrue(api.get("reader", API + "/meetings/" + meetingId + "/agenda").json().get("items").get(0)
                .get("dissenters").isEmpty());
        step("MINUTES_APPROVED");
        JsonNode outside = api.get("reader", API + "/meetings/" + meetingId + "/agenda").json().get("items").get(0);
        assertEquals(id, outside.get("id").asInt());
        assertEquals("Karin Holm", outside.get("dissenters").get(0).get("name").asText());
        assertEquals("Member (name not published)", outside.get("dissenters").get(1).get("name").asText());
        assertTrue(outside.get("dissenters").get(1).get("nameHidden").asBoolean());
        assertFalse(api.get(null, API + "/meetings/" + meetingId + "/agenda").text().contains("Leila Nour"));
        JsonNode inside = api.get("secretary", API + "/meetings/" + meetingId + "/agenda").json().get("items").get(0);
        assertEquals("Leila Nour", inside.get("dissenters").get(1).get("name").asText());
    }

    @Test
    public void theRestReadsOfApprovedMinutesShowWhatWasApprovedUntilTheMinutesAreReopened() {
        ObjectNode budget = item("Budget").put("kind", "DECISION").put("decision", "Vedtaget");
        add("secretary", budget);
        String attendancePath = API + "/meetings/" + meetingId + "/attendance";
        Reply recorded = api.putJson("secretary", attendancePath,
                "{\"version\":0,\"lines\":[{\"status\":\"GUEST\",\"name\":\"Gerda Gæst\"}]}");
        assertEquals(recorded.text(), 200, recorded.status());
        step("AGENDA_PUBLISHED");
        step("HELD");
        step("MINUTES_APPROVED");
        String agenda = api.get("secretary", API + "/meetings/" + meetingId + "/agenda").text();
        JsonNode attendance = api.get("secretary", attendancePath).json();
        assertEquals("Gerda Gæst", attendance.get("guests").get(0).get("displayName").asText());

        // the approved minutes state who was there: the attendance takes no write until they are reopened
        String cleared = "{\"version\":" + attendance.get("version").asInt() + ",\"lines\":[]}";
        Reply changed = api.putJson("secretary", attendancePath, cleared);
        assertEquals(changed.text(), 409, changed.status());

        assertEquals(attendance, api.get("secretary", attendancePath).json());
        assertEquals(agenda, api.get("secretary", API + "/meetings/" + meetingId + "/agenda").text());
        int version = api.get("secretary", API + "/meetings/" + meetingId).json().get("version").asInt();
        Reply reopened = api.postJson("secretary", API + "/meetings/" + meetingId + "/transition",
                "{\"to\":\"HELD\",\"version\":" + version + ",\"reason\":\"Gerda was not there\"}");
        assertEquals(reopened.text(), 200, reopened.status());
        Reply afterReopen = api.putJson("secretary", attendancePath, cleared);
        assertEquals(afterReopen.text(), 200, afterReopen.status());
        assertTrue("reopened minutes are live again",
                api.get("secretary", attendancePath).json().get("guests").isEmpty());
    }

    /** The secretary takes the meeting's next step, confirming what the server asks about. */
    private void step(String to) {
        int version = api.get("secretary", API + "/meetings/" + meetingId).json().get("version").asInt();
        Reply reply = api.postJson("secretary", API + "/meetings/" + meetingId + "/transition",
                "{\"to\":\"" + to + "\",\"version\":" + version + ",\"confirm\":true}");
        assertEquals(reply.text(), 200, reply.status());
    }

    // --- helpers

    private static ObjectNode item(String title) {
        return JSON.createObjectNode().put("title", title).put("kind", "INFORMATION");
    }

    private JsonNode add(String user, ObjectNode item) {
        Reply reply = api.postJson(user, API + "/meetings/" + meetingId + "/agenda", item.toString());
        assertEquals(reply.text(), 201, reply.status());
        return reply.json();
    }

    private static String order(int... ids) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode array = body.putArray("itemIds");
        for (int id : ids) {
            array.add(id);
        }
        return body.toString();
    }

    private static List<String> titles(JsonNode list) {
        List<String> titles = new ArrayList<>();
        list.get("items").forEach(item -> titles.add(item.get("title").asText()));
        return titles;
    }
}
