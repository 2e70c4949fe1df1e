package org.samraad.plan;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.samraad.testing.ErrorReplies.assertFieldErrors;
import static org.samraad.testing.ErrorReplies.assertNotFound;

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
 * The annual report over real HTTP against the dev host's demo council in the public space UDS: the default year,
 * a hearing registered through the API showing up in its year's report, and the errors. What a test adds is
 * removed afterwards.
 */
public class AnnualReportRestIT {
    private static final String API = "/rest/samraad/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpApi api = SharedDevHost.api();
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    private int councilId;
    private Integer hearing;

    @Before
    public void findTheDemoCouncil() {
        councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
    }

    @After
    public void removeWhatTheTestAdded() {
        if (hearing != null) {
            api.delete("secretary", API + "/hearings/" + hearing);
        }
    }

    @Test
    public void anyoneWhoCanViewTheSpaceReadsTheReportOfTheDefaultYear() {
        Reply reply = api.get(null, API + "/councils/" + councilId + "/report");

        assertEquals(reply.text(), 200, reply.status());
        JsonNode report = reply.json();
        int expected = today.getMonthValue() <= 3 ? today.getYear() - 1 : today.getYear();
        assertEquals("last year in the first quarter, else this year", expected, report.get("year").asInt());
        assertEquals(councilId, report.get("councilId").asInt());
        assertTrue(report.get("summary").size() >= 5);
        for (String section : new String[] {"meetings", "attendance", "agendaItems", "hearings", "actions"}) {
            assertTrue(section, report.get(section).isObject());
        }
        assertEquals(4, report.get("agendaItems").get("kinds").size());
    }

    @Test
    public void aHearingRegisteredThisYearCountsInThisYearsReport() {
        String year = String.valueOf(today.getYear());
        JsonNode before = api.get("reader", API + "/councils/" + councilId + "/report?year=" + year).json();

        Reply created = api.postJson("member", API + "/councils/" + councilId + "/hearings", JSON.createObjectNode()
                .put("title", "Høring til årsrapporten").put("deadline", year + "-12-31").toString());
        assertEquals(created.text(), 201, created.status());
        hearing = created.json().get("id").asInt();

        JsonNode after = api.get("reader", API + "/councils/" + councilId + "/report?year=" + year).json();
        assertEquals(before.get("hearings").get("total").asInt() + 1, after.get("hearings").get("total").asInt());
        assertEquals(before.get("hearings").get("open").asInt() + 1, after.get("hearings").get("open").asInt());
        assertTrue(after.get("running").asBoolean());
    }

    @Test
    public void aBadOrFutureYearIsAFieldErrorAndAnUnknownCouncilIsNotFound() {
        assertFieldErrors(api.get(null, API + "/councils/" + councilId + "/report?year=next"), "year");
        assertFieldErrors(api.get(null, API + "/councils/" + councilId + "/report?year=" + (today.getYear() + 1)), "year");
        assertNotFound(api.get(null, API + "/councils/999999/report"));
    }
}
