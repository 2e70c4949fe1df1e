package org.samraad.plan;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpApi.Reply;
import org.samraad.testing.SharedDevHost;

/**
 * Issue 18.5 and 18.7 over real HTTP against the dev host's demo council: a meeting of this year with a politician
 * who consented, another forum's member who did not, an open and a closed decision is held, approved and published;
 * then an anonymous reader finds its open decision in the annual report's decisions by meeting, never the closed
 * one, and reads the meeting's guests by the consent rule, never an address. What the test adds is removed.
 */
public class AnnualReportSubstanceRestIT {
    private static final String API = "/rest/samraad/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpApi api = SharedDevHost.api();
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    private int councilId;
    private Integer meeting;

    @Before
    public void findTheDemoCouncil() {
        councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
    }

    @After
    public void removeWhatTheTestAdded() {
        if (meeting == null) {
            return;
        }
        JsonNode m = api.get("secretary", API + "/meetings/" + meeting).json();
        if (m.get("status").asText().matches("MINUTES_APPROVED|PUBLISHED")) {
            api.postJson("secretary", API + "/meetings/" + meeting + "/transition", "{\"to\":\"HELD\",\"version\":"
                    + m.get("version").asInt() + ",\"reason\":\"Test cleanup\"}");
        }
        api.delete("secretary", API + "/meetings/" + meeting);
    }

    @Test
    public void anonymousReadersReadTheOpenDecisionsByMeetingAndTheGuestsByConsentNeverAClosedDecisionOrAnAddress() {
        LocalDate day = today.getDayOfYear() > 2 ? today.minusDays(1) : today;
        Reply planned = api.postJson("secretary", API + "/councils/" + councilId + "/meetings", JSON.createObjectNode()
                .put("kind", "ORDINARY").put("date", day.toString()).put("startTime", "07:00").put("endTime", "08:00")
                .put("title", "Fællesmøde med kommunalbestyrelsen").toString());
        assertEquals(planned.text(), 201, planned.status());
        meeting = planned.json().get("id").asInt();
        item("Samarbejde med civilsamfundet", false, "Forummet holder en messe om tilbuddene.");
        item("Borgersag", true, "Hemmelig beslutning om en borger");
        guest("Per Politiker", "Kommunalbestyrelsen", "per@nordby.dk", true);
        guest("Lis Lauridsen", "Dialogforum for socialt udsatte", "lis@forum.dk", false);
        for (String step : new String[] {"AGENDA_PUBLISHED", "HELD", "MINUTES_APPROVED", "PUBLISHED"}) {
            int version = api.get("secretary", API + "/meetings/" + meeting).json().get("version").asInt();
            Reply moved = api.postJson("secretary", API + "/meetings/" + meeting + "/transition",
                    "{\"to\":\"" + step + "\",\"version\":" + version + ",\"confirm\":true}");
            assertEquals(step + ": " + moved.text(), 200, moved.status());
        }

        Reply reply = api.get(null, API + "/councils/" + councilId + "/report?year=" + day.getYear());

        assertEquals(reply.text(), 200, reply.status());
        JsonNode ours = null;
        for (JsonNode m : reply.json().get("decisions")) {
            if (m.get("meetingId").asInt() == meeting) {
                ours = m;
            }
        }
        assertTrue(reply.text(), ours != null);
        assertEquals(day.toString(), ours.get("date").asText());
        assertEquals(1, ours.get("decisions").size());
        assertEquals("Forummet holder en messe om tilbuddene.", ours.get("decisions").get(0).get("decision").asText());
        assertEquals(1, ours.get("closedItems").asInt());
        assertFalse(reply.text(), reply.text().contains("Hemmelig") || reply.text().contains("Borgersag"));

        JsonNode guests = api.get(null, API + "/meetings/" + meeting).json().get("guests");
        assertEquals("Per Politiker", guests.get(0).get("name").asText());
        assertTrue(guests.get(1).get("name").isNull());
        assertEquals("a representative of Dialogforum for socialt udsatte", guests.get(1).get("displayName").asText());
        assertFalse(guests.toString(), guests.toString().contains("@"));
        String attendance = api.get(null, API + "/meetings/" + meeting + "/attendance").text();
        assertTrue(attendance, attendance.contains("Per Politiker"));
        assertFalse(attendance, attendance.contains("Lis Lauridsen") || attendance.contains("@"));
        assertEquals("those who prepare it read the address", "lis@forum.dk",
                api.get("secretary", API + "/meetings/" + meeting).json().get("guests").get(1).get("email").asText());
    }

    private void item(String title, boolean closed, String decision) {
        Reply added = api.postJson("secretary", API + "/meetings/" + meeting + "/agenda", JSON.createObjectNode()
                .put("title", title).put("kind", "DECISION").put("durationMinutes", 10).put("closed", closed)
                .put("decision", decision).toString());
        assertEquals(added.text(), 201, added.status());
    }

    private void guest(String name, String organisation, String email, boolean consent) {
        Reply added = api.postJson("secretary", API + "/meetings/" + meeting + "/guests", JSON.createObjectNode()
                .put("name", name).put("organisation", organisation).put("email", email).put("publishConsent", consent)
                .toString());
        assertEquals(added.text(), 201, added.status());
    }
}
