package org.samraad.action;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.status.RunOutcome;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.After;
import org.junit.Test;
import org.samraad.testing.DevHostOutbox;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * The reminder job as Confluence runs it, in the dev host: declared in the descriptor, run by its job key, its
 * digest found in the host's outbox (the host records what the plugin queues on the mail queue), and nothing sent
 * twice by a second run. The outbox is for administrators only.
 */
public class ActionReminderIT {
    private static final String API = "/rest/samraad/1.0";
    private static final String JOB = "samraad-action-reminders";

    private final HttpApi api = SharedDevHost.api();
    private final String marker = "r" + UUID.randomUUID().toString().substring(0, 8);
    private final List<Integer> created = new ArrayList<>();

    @After
    public void removeWhatTheTestAdded() {
        for (int id : created) {
            api.delete("secretary", API + "/actions/" + id);
        }
    }

    @Test
    public void theDailyJobQueuesOneDigestForTheOwnerAndASecondRunSendsNothingAgain() {
        int councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
        String memberKey = api.get("secretary", "/rest/api/user?username=member").json().get("userKey").asText();
        action(councilId, "Ring til natcaféen " + marker, memberKey, LocalDate.now().plusDays(1));
        action(councilId, "Send tal til byrådet " + marker, memberKey, LocalDate.now().minusDays(2));

        JsonNode mail = DevHostOutbox.oneMailFromTwoRuns(api, JOB, marker);
        assertEquals("member@nordby.example", mail.get("to").asText());
        assertEquals("text/html", mail.get("mimeType").asText());
        String body = mail.get("body").asText();
        assertTrue(body, body.contains("Ring til natcaféen " + marker) && body.contains("Send tal til byrådet " + marker));
        assertTrue("a link to the council's space on this host", body.contains(SharedDevHost.baseUrl() + "/display/UDS"));
    }

    @Test
    public void inReadOnlyModeTheJobSendsNothingAndMarksNothingSoTheNextRunSendsIt() {
        int councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
        String memberKey = api.get("secretary", "/rest/api/user?username=member").json().get("userKey").asText();
        action(councilId, "Book mødelokale " + marker, memberKey, LocalDate.now().plusDays(1));
        SharedDevHost.host().readOnly(true);
        try {
            JobRunnerResponse skipped = SharedDevHost.host().runJob(JOB).orElseThrow();
            assertEquals(RunOutcome.ABORTED, skipped.getRunOutcome());
            assertTrue(DevHostOutbox.mailsMentioning(api, marker).isEmpty());
        } finally {
            SharedDevHost.host().readOnly(false);
        }
        DevHostOutbox.oneMailFromTwoRuns(api, JOB, marker);
    }

    @Test
    public void theOutboxIsForAdministratorsAndListsTheMail() {
        assertEquals(404, api.get(null, "/devhost/outbox").status());
        assertEquals(404, api.get("secretary", "/devhost/outbox.json").status());
        HttpApi.Reply page = api.get("admin", "/devhost/outbox");
        assertEquals(200, page.status());
        assertTrue(page.text().contains("<h1>Outbox</h1>"));
        assertTrue(api.get("admin", "/").text().contains("href=\"/devhost/outbox\""));
    }

    private void action(int councilId, String title, String ownerKey, LocalDate due) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("councilId", councilId).put("title", title)
                .put("ownerUserKey", ownerKey).put("dueDate", due.toString());
        HttpApi.Reply reply = api.postJson("member", API + "/actions", body.toString());
        assertEquals(reply.text(), 201, reply.status());
        created.add(reply.json().get("id").asInt());
    }
}
