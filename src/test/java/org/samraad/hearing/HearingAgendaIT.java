package org.samraad.hearing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.samraad.testing.ErrorReplies.assertFieldErrors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.samraad.testing.DevHostMeetings;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpApi.Reply;
import org.samraad.testing.SharedDevHost;

/**
 * Putting a hearing on a meeting's agenda over real HTTP against the dev host's demo council UDS (member: editor,
 * reader: viewer), and approving it with the meeting's minutes. What a test adds is removed afterwards.
 */
public class HearingAgendaIT {
    private static final String API = "/rest/samraad/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpApi api = SharedDevHost.api();
    private final List<Integer> hearings = new ArrayList<>();
    private final List<Integer> meetings = new ArrayList<>();
    private int councilId;

    @Before
    public void findTheDemoCouncil() {
        councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
    }

    @After
    public void removeWhatTheTestAdded() {
        for (int id : hearings) {
            api.delete("secretary", API + "/hearings/" + id);
        }
        meetings.forEach(DevHostMeetings::remove);
    }

    @Test
    public void anEditorPutsAHearingOnTheAgendaAndApprovingTheMinutesWithADecisionApprovesIt() {
        JsonNode hearing = inReview("Høring om natcafé <i>x</i>", "Kommunen foreslår kortere åbningstid.");
        int id = hearing.get("id").asInt();
        int meeting = meeting("PLANNED");

        Reply placed = api.postJson("member", API + "/hearings/" + id + "/agenda-item",
                JSON.createObjectNode().put("meetingId", meeting).put("version", hearing.get("version").asInt())
                        .toString());
        assertEquals(placed.text(), 200, placed.status());
        int itemId = placed.json().get("agendaItemId").asInt();
        JsonNode item = itemOf(meeting, itemId);
        assertEquals("HEARING", item.get("kind").asText());
        assertEquals(id, item.get("hearingId").asInt());
        assertEquals("Høring om natcafé <i>x</i>", item.get("title").asText());
        assertEquals("Kommunen foreslår kortere åbningstid.", item.get("casePresentation").asText());

        Reply again = api.postJson("member", API + "/hearings/" + id + "/agenda-item",
                JSON.createObjectNode().put("meetingId", meeting(("PLANNED")))
                        .put("version", placed.json().get("version").asInt()).toString());
        assertEquals(again.text(), 409, again.status());

        ObjectNode decided = JSON.createObjectNode().put("title", item.get("title").asText()).put("kind", "HEARING")
                .put("casePresentation", item.get("casePresentation").asText())
                .put("decision", "Rådet godkender høringssvaret.").put("hearingId", id)
                .put("version", item.get("version").asInt());
        Reply saved = api.putJson("member", API + "/agenda-items/" + itemId, decided.toString());
        assertEquals(saved.text(), 200, saved.status());
        int meetingVersion = transition(meeting, "HELD", 0);
        transition(meeting, "MINUTES_APPROVED", meetingVersion);

        JsonNode approved = api.get("reader", API + "/hearings/" + id).json();
        assertEquals("APPROVED", approved.get("status").asText());
        JsonNode events = api.get("reader", API + "/hearings/" + id + "/events").json().get("items");
        JsonNode last = events.get(events.size() - 1);
        assertEquals("COUNCIL_REVIEW", last.get("from").asText());
        assertTrue(last.toString(), last.get("note").asText().contains("Møde " + meeting));
    }

    @Test
    public void minutesDecidingOnAHearingInDraftingAskFirstAndMovingItToReviewThenApprovesIt() {
        JsonNode hearing = inReview("Høring om værestedet", null);
        int id = hearing.get("id").asInt();
        int meeting = meeting("PLANNED");
        Reply placed = api.postJson("member", API + "/hearings/" + id + "/agenda-item",
                JSON.createObjectNode().put("meetingId", meeting).put("version", hearing.get("version").asInt())
                        .toString());
        Reply back = api.postJson("member", API + "/hearings/" + id + "/transition", JSON.createObjectNode()
                .put("to", "DRAFTING").put("version", placed.json().get("version").asInt()).toString());
        assertEquals(back.text(), 200, back.status());
        int itemId = placed.json().get("agendaItemId").asInt();
        JsonNode item = itemOf(meeting, itemId);
        Reply saved = api.putJson("member", API + "/agenda-items/" + itemId, JSON.createObjectNode()
                .put("title", item.get("title").asText()).put("kind", "HEARING").put("hearingId", id)
                .put("decision", "Rådet godkender høringssvaret.").put("version", item.get("version").asInt())
                .toString());
        assertEquals(saved.text(), 200, saved.status());
        int meetingVersion = transition(meeting, "HELD", 0);

        Reply asked = api.postJson("secretary", API + "/meetings/" + meeting + "/transition",
                JSON.createObjectNode().put("to", "MINUTES_APPROVED").put("version", meetingVersion).toString());
        assertEquals(asked.text(), 409, asked.status());
        JsonNode drafting = null;
        for (JsonNode missing : asked.json().get("missing")) {
            if (missing.get("kind").asText().equals("HEARING_IN_DRAFTING")) {
                drafting = missing;
            }
        }
        assertEquals(asked.text(), id, drafting.get("id").asInt());
        assertEquals("Høring om værestedet", drafting.get("title").asText());
        assertTrue(drafting.get("message").asText(), drafting.get("message").asText().startsWith("Item "
                + drafting.get("number").asInt() + " \"Høring om værestedet\": the hearing is still in drafting"));
        transition(meeting, "MINUTES_APPROVED", meetingVersion);
        assertEquals("DRAFTING", api.get("reader", API + "/hearings/" + id).json().get("status").asText());

        Reply review = api.postJson("member", API + "/hearings/" + id + "/transition", JSON.createObjectNode()
                .put("to", "COUNCIL_REVIEW").put("version", back.json().get("version").asInt()).toString());
        assertEquals(review.text(), 200, review.status());
        assertEquals("approved at once with the minutes", "APPROVED", review.json().get("status").asText());
        JsonNode events = api.get("reader", API + "/hearings/" + id + "/events").json().get("items");
        assertEquals("COUNCIL_REVIEW", events.get(events.size() - 2).get("to").asText());
        assertTrue(events.get(events.size() - 1).get("note").asText().contains("Møde " + meeting));
    }

    @Test
    public void onlyEditorsPutAHearingOnAnUpcomingMeetingOfItsCouncil() {
        JsonNode hearing = inReview("Høring om busruter", null);
        int id = hearing.get("id").asInt();
        String body = JSON.createObjectNode().put("meetingId", meeting("PLANNED"))
                .put("version", hearing.get("version").asInt()).toString();

        assertEquals(403, api.postJson("reader", API + "/hearings/" + id + "/agenda-item", body).status());
        assertEquals(401, api.postJson(null, API + "/hearings/" + id + "/agenda-item", body).status());
        assertFieldErrors(api.postJson("member", API + "/hearings/" + id + "/agenda-item",
                JSON.createObjectNode().put("meetingId", meeting("HELD")).put("version", 0).toString()), "meetingId");
        assertFieldErrors(api.postJson("member", API + "/hearings/" + id + "/agenda-item", "{}"),
                "meetingId", "version");
        Reply form = api.send("member", "POST", API + "/hearings/" + id + "/agenda-item",
                "application/x-www-form-urlencoded", "meetingId=1");
        assertTrue("form posts are refused, got " + form.status(), form.status() == 403 || form.status() == 415);
    }

    private JsonNode inReview(String title, String summary) {
        ObjectNode body = JSON.createObjectNode().put("title", title).put("deadline", LocalDate.now().plusDays(30)
                .toString()).put("receivedOn", LocalDate.now().toString());
        if (summary != null) {
            body.put("summary", summary);
        }
        Reply reply = api.postJson("member", API + "/councils/" + councilId + "/hearings", body.toString());
        assertEquals(reply.text(), 201, reply.status());
        JsonNode hearing = reply.json();
        hearings.add(hearing.get("id").asInt());
        for (String to : List.of("DRAFTING", "COUNCIL_REVIEW")) {
            Reply moved = api.postJson("member", API + "/hearings/" + hearing.get("id").asInt() + "/transition",
                    JSON.createObjectNode().put("to", to).put("version", hearing.get("version").asInt()).toString());
            assertEquals(moved.text(), 200, moved.status());
            hearing = moved.json();
        }
        return hearing;
    }

    private int meeting(String status) {
        int id = DevHostMeetings.create(councilId, "Møde " + System.nanoTime(), status, null);
        meetings.add(id);
        // the title names the meeting, so the approval note can be recognised
        SharedDevHost.host().activeObjects().executeInTransaction(() -> {
            org.samraad.meeting.MeetingEntity row = SharedDevHost.host().activeObjects()
                    .get(org.samraad.meeting.MeetingEntity.class, id);
            row.setTitle("Møde " + id);
            row.save();
            return null;
        });
        return id;
    }

    private JsonNode itemOf(int meeting, int itemId) {
        for (JsonNode item : api.get("member", API + "/meetings/" + meeting + "/agenda").json().get("items")) {
            if (item.get("id").asInt() == itemId) {
                return item;
            }
        }
        throw new AssertionError("item " + itemId + " not on the agenda of meeting " + meeting);
    }

    private int transition(int meeting, String to, int version) {
        Reply moved = api.postJson("secretary", API + "/meetings/" + meeting + "/transition",
                JSON.createObjectNode().put("to", to).put("version", version).put("confirm", true).toString());
        assertEquals(moved.text(), 200, moved.status());
        return moved.json().get("version").asInt();
    }
}
