package org.samraad.plan;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.samraad.testing.ErrorReplies.assertFieldErrors;
import static org.samraad.testing.ErrorReplies.assertNotFound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpApi.Reply;
import org.samraad.testing.MeetingPages;
import org.samraad.testing.SharedDevHost;

/**
 * Making the annual report final over real HTTP against the dev host's demo council: the secretary makes a past
 * year final from its page, a hearing registered in that year afterwards changes nothing in it, and the page's
 * latest version in Confluence's content API holds the report with the council's comment; members who edit the
 * space but are not the secretariat are refused, an unknown council is not found.
 */
public class FinalReportRestIT {
    private static final String API = "/rest/samraad/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> COMMENT = Map.of("da", "Årsrapport gjort endelig",
            "sv", "Årsrapporten gjord slutgiltig", "en", "Annual report made final");
    private static final Map<String, String> FINAL = Map.of("da", "Endelig, ", "sv", "Slutgiltig, ", "en", "Final, ");

    private final HttpApi api = SharedDevHost.api();
    /** A year that is over and that no other test reads. */
    private final int year = LocalDate.now(ZoneId.of("Europe/Copenhagen")).getYear() - 3;
    private int councilId;
    private String locale;
    private Integer hearing;

    @Before
    public void findTheDemoCouncil() {
        JsonNode council = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0);
        councilId = council.get("id").asInt();
        locale = council.get("locale").asText();
    }

    @After
    public void removeWhatTheTestAdded() {
        if (hearing != null) {
            api.delete("secretary", API + "/hearings/" + hearing);
        }
    }

    @Test
    public void theSecretaryMakesTheReportFinalIntoItsPageAndALaterHearingOfTheYearChangesNothing() {
        String word = MeetingPages.word("aarsrapport");
        long page = SharedDevHost.host().createPage("UDS", "Årsrapport " + word, "<p>Forord " + word + "</p>"
                + "<ac:structured-macro ac:name=\"samraad-annual-report\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"year\">" + year + "</ac:parameter></ac:structured-macro>");

        Reply made = api.postJson("secretary", path(), JSON.createObjectNode().put("pageId", page).toString());

        assertEquals(made.text(), 200, made.status());
        assertTrue(made.text(), made.json().get("finalVersion").get("sequence").asInt() >= 1);
        int total = made.json().get("hearings").get("total").asInt();
        Reply created = api.postJson("member", API + "/councils/" + councilId + "/hearings", JSON.createObjectNode()
                .put("title", "Høring efter den endelige rapport").put("deadline", year + "-06-30").toString());
        assertEquals(created.text(), 201, created.status());
        hearing = created.json().get("id").asInt();
        JsonNode read = api.get("reader", API + "/councils/" + councilId + "/report?year=" + year).json();
        assertEquals(total, read.get("hearings").get("total").asInt());
        assertEquals(made.json().get("finalVersion"), read.get("finalVersion"));

        JsonNode content = api.get("reader", "/rest/api/content/" + page + "?expand=body.storage,version").json();
        assertEquals(2, content.get("version").get("number").asInt());
        assertEquals(COMMENT.get(locale), content.get("version").get("message").asText());
        assertEquals("secretary", content.get("version").get("by").get("username").asText());
        String body = content.get("body").get("storage").get("value").asText();
        assertTrue(body, body.contains("<strong>" + FINAL.get(locale)));
        assertTrue(body, body.contains("<p>Forord " + word + "</p>"));
        assertFalse("the live macro gave way to the report: " + body, body.contains("samraad-annual-report\""));

        Reply corrected = api.postJson("secretary", path(), "{}");
        assertEquals(corrected.text(), 200, corrected.status());
        assertEquals(made.json().get("finalVersion").get("sequence").asInt() + 1,
                corrected.json().get("finalVersion").get("sequence").asInt());
        assertEquals(total + 1, corrected.json().get("hearings").get("total").asInt());
        assertEquals("the correction is the page's next version", 3, version(page));
        Reply again = api.postJson("secretary", path(), "{}");
        assertEquals(again.text(), 200, again.status());
        assertEquals(corrected.json().get("finalVersion"), again.json().get("finalVersion"));
        assertEquals("nothing changed in the report: no new page version", 3, version(page));
    }

    private int version(long page) {
        return api.get("reader", "/rest/api/content/" + page + "?expand=version").json().get("version").get("number")
                .asInt();
    }

    @Test
    public void onlyTheSecretariatMayMakeTheReportFinal() {
        for (String user : new String[] {"member", "reader"}) {
            Reply refused = api.postJson(user, path(), "{}");
            assertEquals(user + ": " + refused.text(), 403, refused.status());
        }
        assertNotFound(api.postJson("secretary", API + "/councils/987654/report/final?year=" + year, "{}"));
    }

    @Test
    public void aYearStillRunningIsAFieldError() {
        int now = LocalDate.now(ZoneId.of("Europe/Copenhagen")).getYear();
        assertFieldErrors(api.postJson("secretary", API + "/councils/" + councilId + "/report/final?year=" + now,
                "{}"), "year");
    }

    private String path() {
        return API + "/councils/" + councilId + "/report/final?year=" + year;
    }
}
