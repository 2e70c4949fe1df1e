package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.junit.Test;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * The dev host's demo shows a complete meeting: the one held a month ago has an item of every kind after the
 * standing ones, attachments with a closed one, a closed item, decisions with a dissent, and attendance with an
 * apology, a substitute and a guest; its page holds the approved minutes as page content.
 */
public class DemoMeetingIT {
    private static final String API = "/rest/samraad/1.0";
    private final HttpApi api = SharedDevHost.api();

    @Test
    public void theHeldDemoMeetingHasACompleteAgendaAttendanceAndApprovedMinutes() {
        int council = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
        // held 30 days before the day the shared host was seeded, which is yesterday when Copenhagen's midnight fell
        // between the seeding and this test (the demo's other meetings are weeks ahead)
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        JsonNode meetings = api.get("secretary", API + "/councils/" + council + "/meetings?from="
                + today.minusDays(31) + "&to=" + today.minusDays(30)).json().get("items");
        assertEquals(1, meetings.size());
        JsonNode meeting = meetings.get(0);
        assertEquals("MINUTES_APPROVED", meeting.get("status").asText());
        int id = meeting.get("id").asInt();

        Set<String> kinds = new HashSet<>();
        int closedItems = 0;
        int closedAttachments = 0;
        boolean dissent = false;
        for (JsonNode item : api.get("secretary", API + "/meetings/" + id + "/agenda").json().get("items")) {
            kinds.add(item.get("kind").asText());
            closedItems += item.get("closed").asBoolean() ? 1 : 0;
            for (JsonNode attachment : item.get("attachments")) {
                closedAttachments += attachment.get("closed").asBoolean() ? 1 : 0;
            }
            dissent |= !item.get("dissent").isNull();
        }
        assertEquals(Set.of("STANDING", "INFORMATION", "DISCUSSION", "DECISION", "HEARING"), kinds);
        assertEquals(1, closedItems);
        assertEquals(1, closedAttachments);
        assertTrue(dissent);

        JsonNode attendance = api.get("secretary", API + "/meetings/" + id + "/attendance").json();
        Set<String> statuses = new HashSet<>();
        for (JsonNode line : attendance.get("members")) {
            statuses.add(line.get("status").asText());
        }
        assertTrue(statuses.toString(), statuses.containsAll(Set.of("PRESENT", "APOLOGIES", "SUBSTITUTE_ATTENDED")));
        assertEquals(1, attendance.get("guests").size());
        assertEquals(1, attendance.get("quorum").get("substitutes").asInt());

        // the approved minutes are page content (issue 14): a page version of their own, shown to every reader
        String page = api.get(null, "/pages/viewpage.action?pageId=" + meeting.get("pageId").asLong()).text();
        assertTrue("the page shows the minutes", page.contains("Rådet anbefaler et tilskud på 50.000 kr."));
        JsonNode content = api.get(null, "/rest/api/content/" + meeting.get("pageId").asLong() + "?expand=version")
                .json();
        assertEquals("Referat godkendt", content.get("version").get("message").asText());
    }
}
