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
import java.util.UUID;
import org.junit.After;
import org.junit.Test;
import org.samraad.council.CouncilZone;
import org.samraad.testing.DevHostOutbox;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * The hearing reminder job as Confluence runs it, in the dev host: declared in the descriptor, run by its job key,
 * its e-mail found in the host's outbox, nothing sent twice by a second run; and the council's reminder days as a
 * setting of PUT /councils/{id}.
 */
public class HearingReminderIT {
    private static final String API = "/rest/samraad/1.0";
    private static final String JOB = "samraad-hearing-reminders";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpApi api = SharedDevHost.api();
    private final String marker = "h" + UUID.randomUUID().toString().substring(0, 8);
    private final List<Integer> created = new ArrayList<>();

    @After
    public void removeWhatTheTestAdded() {
        for (int id : created) {
            api.delete("secretary", API + "/hearings/" + id);
        }
    }

    @Test
    public void theDailyJobMailsTheResponsiblePersonOnceAndASecondRunSendsNothingAgain() {
        int councilId = councilId();
        String memberKey = api.get("secretary", "/rest/api/user?username=member").json().get("userKey").asText();
        LocalDate today = LocalDate.now(CouncilZone.COPENHAGEN);
        hearing(councilId, "Høring om varmestuer " + marker, memberKey, today.plusDays(7));
        hearing(councilId, "Høring om busruter " + marker, memberKey, today.plusDays(2));

        JsonNode mail = DevHostOutbox.oneMailFromTwoRuns(api, JOB, marker);
        assertEquals("member@nordby.example", mail.get("to").asText());
        assertEquals("text/html", mail.get("mimeType").asText());
        String body = mail.get("body").asText();
        assertTrue(body, body.contains("Høring om varmestuer " + marker) && body.contains("Høring om busruter " + marker));
        assertTrue("a link to the council's space on this host", body.contains(SharedDevHost.baseUrl() + "/display/UDS"));
    }

    @Test
    public void theCouncilsHearingReminderDaysAreASettingWithFieldErrors() {
        int councilId = councilId();
        JsonNode council = api.get(null, API + "/councils/" + councilId).json();
        assertEquals("[7,2]", council.get("hearingReminderDays").toString());

        for (String bad : List.of("[]", "[7,7]", "[91]", "[-1]", "[10,7,3,1]", "[null]")) {
            ObjectNode body = base(council);
            body.set("hearingReminderDays", read(bad));
            assertFieldErrors(api.putJson("secretary", API + "/councils/" + councilId, body.toString()),
                    "hearingReminderDays");
        }
        ObjectNode good = base(council);
        good.set("hearingReminderDays", read("[3,14]"));
        JsonNode changed = api.putJson("secretary", API + "/councils/" + councilId, good.toString()).json();
        try {
            assertEquals("largest first", "[14,3]", changed.get("hearingReminderDays").toString());
        } finally {
            ObjectNode back = base(changed);
            back.set("hearingReminderDays", read("[7,2]"));
            assertEquals(200, api.putJson("secretary", API + "/councils/" + councilId, back.toString()).status());
        }
    }

    private int councilId() {
        return api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
    }

    private static ObjectNode base(JsonNode council) {
        return JSON.createObjectNode().put("name", council.get("name").asText())
                .put("kind", council.get("kind").asText()).put("version", council.get("version").asInt());
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    private void hearing(int councilId, String title, String responsibleKey, LocalDate deadline) {
        ObjectNode body = JSON.createObjectNode().put("title", title).put("responsibleUserKey", responsibleKey)
                .put("deadline", deadline.toString());
        HttpApi.Reply reply = api.postJson("member", API + "/councils/" + councilId + "/hearings", body.toString());
        assertEquals(reply.text(), 201, reply.status());
        created.add(reply.json().get("id").asInt());
    }
}
