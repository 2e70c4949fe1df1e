package org.samraad.hearing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.samraad.testing.ErrorReplies.assertFieldErrors;
import static org.samraad.testing.ErrorReplies.assertNotFound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpApi.Reply;
import org.samraad.testing.SharedDevHost;

/**
 * Hearings over real HTTP against the dev host's demo council in the public space UDS (secretary: space
 * administrator, member: editor, reader: viewer, anonymous: viewer). What a test adds is removed afterwards.
 */
public class HearingRestIT {
    private static final String API = "/rest/samraad/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpApi api = SharedDevHost.api();
    private final List<Integer> created = new ArrayList<>();
    private int councilId;

    @Before
    public void findTheDemoCouncil() {
        councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
    }

    @After
    public void removeWhatTheTestAdded() {
        for (int id : created) {
            api.delete("secretary", API + "/hearings/" + id);
        }
    }

    @Test
    public void aSecretaryTakesAHearingFromIntakeToSubmissionAndRecordsTheFollowUp() {
        JsonNode hearing = create("member", hearing("Høring om udsattepolitik", "2099-03-01")
                .put("issuingBody", "Social- og Sundhedsudvalget").put("reference", "99-0001"));
        int id = hearing.get("id").asInt();
        assertEquals("RECEIVED", hearing.get("status").asText());
        assertEquals("[\"DRAFTING\",\"DECLINED\"]", hearing.get("next").toString());

        int version = hearing.get("version").asInt();
        for (String to : List.of("DRAFTING", "COUNCIL_REVIEW", "APPROVED", "SUBMITTED")) {
            Reply moved = api.postJson("member", API + "/hearings/" + id + "/transition",
                    JSON.createObjectNode().put("to", to).put("version", version).toString());
            assertEquals(moved.text(), 200, moved.status());
            assertEquals(to, moved.json().get("status").asText());
            version = moved.json().get("version").asInt();
        }
        Reply submitted = api.get("reader", API + "/hearings/" + id);
        assertEquals("ANSWERED_ON_TIME", submitted.json().get("deadlineState").asText());

        Reply followUp = api.putJson("member", API + "/hearings/" + id, hearing("Høring om udsattepolitik", "2099-03-01")
                .put("outcome", "Byrådet fulgte rådets anbefaling.").put("reviewDate", "2099-06-01")
                .put("version", version).toString());
        assertEquals(followUp.text(), 200, followUp.status());
        assertEquals("2099-06-01", followUp.json().get("reviewDate").asText());

        JsonNode events = api.get(null, API + "/hearings/" + id + "/events").json().get("items");
        // the PUT named nobody responsible in place of its creator: recorded beside the five steps
        assertEquals(6, events.size());
        assertEquals("RESPONSIBLE", events.get(5).get("kind").asText());
        assertTrue(events.get(0).get("from").isNull());
        assertEquals("SUBMITTED", events.get(4).get("to").asText());
        assertEquals("STEP", events.get(4).get("kind").asText());

        JsonNode list = api.get(null, API + "/councils/" + councilId + "/hearings?year=2099").json();
        assertEquals(1, list.get("total").asInt());
        assertEquals(id, list.get("items").get(0).get("id").asInt());
        assertEquals(100, list.get("onTimeRate").get("percent").asInt());
    }

    @Test
    public void aForbiddenMoveIsAFieldErrorAndAStaleVersionAConflict() {
        int id = create("member", hearing("Høring", "2099-03-01")).get("id").asInt();
        assertFieldErrors(api.postJson("member", API + "/hearings/" + id + "/transition",
                "{\"to\":\"SUBMITTED\",\"version\":0}"), "to");
        Reply first = api.postJson("member", API + "/hearings/" + id + "/transition", "{\"to\":\"DRAFTING\",\"version\":0}");
        assertEquals(200, first.status());
        Reply stale = api.postJson("secretary", API + "/hearings/" + id + "/transition",
                "{\"to\":\"DECLINED\",\"note\":\"Ikke relevant\",\"version\":0}");
        assertEquals(stale.text(), 409, stale.status());
        assertEquals("DRAFTING", api.get(null, API + "/hearings/" + id).json().get("status").asText());
    }

    @Test
    public void anApprovedResponseIsARecordAChangeToItsTextsIsA409WithAFieldErrorUntilItIsReopened() {
        JsonNode hearing = create("member", hearing("Høring om natcafé", "2099-03-01")
                .put("response", "Rådet støtter planen.").put("easyRead", "Rådet siger ja."));
        int id = hearing.get("id").asInt();
        int version = hearing.get("version").asInt();
        for (String to : List.of("DRAFTING", "COUNCIL_REVIEW", "APPROVED")) {
            version = move(id, to, version);
        }

        Reply refused = api.putJson("member", API + "/hearings/" + id, hearing("Høring om natcafé", "2099-03-01")
                .put("response", "Rådet støtter planen helt.").put("easyRead", "Rådet siger ja.")
                .put("version", version).toString());

        assertEquals(refused.text(), 409, refused.status());
        JsonNode errors = refused.json().get("errors");
        assertEquals(refused.text(), 1, errors.size());
        assertEquals("response", errors.get(0).get("field").asText());
        assertEquals("The council has approved this response, so it no longer changes. Reopen it for drafting to "
                + "change it.", errors.get(0).get("message").asText());
        assertFalse("no class names", refused.text().contains("Exception"));
        JsonNode stored = api.get("reader", API + "/hearings/" + id).json();
        assertEquals("Rådet støtter planen.", stored.get("response").asText());
        assertEquals(version, stored.get("version").asInt());

        Reply unchanged = api.putJson("member", API + "/hearings/" + id, hearing("Høring om natcafé", "2099-03-01")
                .put("reference", "99-0002").put("response", "Rådet støtter planen.").put("easyRead", "Rådet siger ja.")
                .put("version", version).toString());
        assertEquals(unchanged.text(), 200, unchanged.status());

        version = move(id, "DRAFTING", unchanged.json().get("version").asInt());
        Reply reopened = api.putJson("member", API + "/hearings/" + id, hearing("Høring om natcafé", "2099-03-01")
                .put("response", "Rådet støtter planen helt.").put("version", version).toString());
        assertEquals(reopened.text(), 200, reopened.status());
        assertEquals("Rådet støtter planen helt.", reopened.json().get("response").asText());
    }

    @Test
    public void readersAndAnonymousReadButCannotChangeAndBadInputGetsFieldErrors() {
        int id = create("member", hearing("Høring", "2099-03-01")).get("id").asInt();
        assertEquals(200, api.get(null, API + "/hearings/" + id).status());
        assertEquals(403, api.postJson("reader", API + "/councils/" + councilId + "/hearings",
                hearing("Læserens høring", "2099-03-01").toString()).status());
        assertEquals(401, api.delete(null, API + "/hearings/" + id).status());
        assertFieldErrors(api.postJson("member", API + "/councils/" + councilId + "/hearings",
                "{\"title\":\"\",\"deadline\":\"1. marts\",\"url\":\"javascript:alert(1)\"}"), "title", "deadline", "url");
        assertFieldErrors(api.get(null, API + "/councils/" + councilId + "/hearings?status=SENT&limit=0"),
                "status", "limit");
        assertNotFound(api.get(null, API + "/hearings/999999"));
        int plainText = api.send("member", "POST", API + "/councils/" + councilId + "/hearings", "text/plain",
                hearing("x", "2099-03-01").toString()).status();
        assertTrue("non-JSON posts are refused (XSRF check or media type), got " + plainText,
                plainText == 403 || plainText == 415);
    }

    private int move(int id, String to, int version) {
        Reply moved = api.postJson("member", API + "/hearings/" + id + "/transition",
                JSON.createObjectNode().put("to", to).put("version", version).toString());
        assertEquals(moved.text(), 200, moved.status());
        return moved.json().get("version").asInt();
    }

    private JsonNode create(String user, ObjectNode body) {
        Reply reply = api.postJson(user, API + "/councils/" + councilId + "/hearings", body.toString());
        assertEquals(reply.text(), 201, reply.status());
        created.add(reply.json().get("id").asInt());
        return reply.json();
    }

    private static ObjectNode hearing(String title, String deadline) {
        return JSON.createObjectNode().put("title", title).put("deadline", deadline).put("receivedOn", "2026-11-01");
    }
}
