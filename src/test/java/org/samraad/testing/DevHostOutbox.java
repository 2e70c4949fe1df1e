package org.samraad.testing;

import static org.junit.Assert.assertEquals;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.status.RunOutcome;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;

/** The shared dev host's outbox, where the mail the plugin queues ends up, as reminder tests read it. */
public final class DevHostOutbox {
    private DevHostOutbox() {}

    /** Every queued mail whose body mentions the marker (each test marks its own rows). */
    public static List<JsonNode> mailsMentioning(HttpApi api, String marker) {
        JsonNode items = api.get("admin", "/devhost/outbox.json").json().get("items");
        return StreamSupport.stream(items.spliterator(), false)
                .filter(m -> m.get("body").asText().contains(marker)).toList();
    }

    /**
     * Runs a reminder job twice: the first run must queue exactly one mail mentioning the marker, the second none
     * (reminders are idempotent). Returns that mail.
     */
    public static JsonNode oneMailFromTwoRuns(HttpApi api, String jobKey, String marker) {
        JobRunnerResponse first = SharedDevHost.host().runJob(jobKey).orElseThrow();
        assertEquals(first.getMessage(), RunOutcome.SUCCESS, first.getRunOutcome());
        List<JsonNode> mails = mailsMentioning(api, marker);
        assertEquals(mails.toString(), 1, mails.size());
        SharedDevHost.host().runJob(jobKey).orElseThrow();
        assertEquals("a second run sends nothing twice", 1, mailsMentioning(api, marker).size());
        return mails.get(0);
    }
}
