package org.samraad.council;

import static org.junit.Assert.assertEquals;
import static org.samraad.testing.ErrorReplies.assertFieldErrors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpApi.Reply;
import org.samraad.testing.HttpInLanguage;
import org.samraad.testing.SharedDevHost;

/**
 * The council settings the settings form sends (PUT /councils/{id}, as samraad-council's form does), over HTTP:
 * only space administrators, with the version read, and field errors in the reader's language. Runs on a council
 * of its own in the restricted space INT, removed afterwards.
 */
public class CouncilSettingsRestIT {
    private static final String COUNCILS = "/rest/samraad/1.0/councils";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpApi api = SharedDevHost.api();
    private int id;

    @Before
    public void setUpACouncilInTheRestrictedSpace() {
        Reply created = api.postJson("secretary", COUNCILS,
                "{\"spaceKey\":\"INT\",\"name\":\"Utvecklingsgruppen\",\"kind\":\"DEVELOPMENT_GROUP\"}");
        assertEquals(created.text(), 201, created.status());
        id = created.json().get("id").asInt();
    }

    @After
    public void removeIt() {
        for (JsonNode council : api.get("secretary", COUNCILS + "?spaceKey=INT").json().get("items")) {
            assertEquals(204, api.delete("secretary", COUNCILS + "/" + council.get("id").asInt()).status());
        }
    }

    @Test
    public void theSettingsAreChangedByASpaceAdministratorWithTheVersionAndAStaleVersionIs409() {
        Reply changed = api.putJson("secretary", COUNCILS + "/" + id, settings(0).put("minutesTerm", "NOTES").toString());
        assertEquals(changed.text(), 200, changed.status());
        assertEquals("sv", changed.json().get("locale").asText());
        assertEquals("NOTES", changed.json().get("minutesTerm").asText());
        assertEquals("[9,2]", changed.json().get("hearingReminderDays").toString());
        assertEquals(1, changed.json().get("version").asInt());

        Reply stale = api.putJson("secretary", COUNCILS + "/" + id, settings(0).put("minutesTerm", "MINUTES").toString());
        assertEquals(409, stale.status());
        assertEquals("NOTES", api.get("secretary", COUNCILS + "/" + id).json().get("minutesTerm").asText());

        Reply reset = api.putJson("secretary", COUNCILS + "/" + id, settings(1).put("minutesTerm", "").toString());
        assertEquals(reset.text(), 200, reset.status());
        assertEquals("a blank term is each language's usual word", true, reset.json().get("minutesTerm").isNull());
    }

    @Test
    public void onlySpaceAdministratorsChangeTheSettings() {
        // the admin user administers every space; INT's editors and readers are nobody but the secretary
        String body = settings(0).toString();
        assertEquals(401, api.putJson(null, COUNCILS + "/" + id, body).status());
        assertEquals("member cannot see INT", 404, api.putJson("member", COUNCILS + "/" + id, body).status());
        int uds = api.get(null, COUNCILS + "?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
        JsonNode demo = api.get(null, COUNCILS + "/" + uds).json();
        ObjectNode change = JSON.createObjectNode().put("name", demo.get("name").asText())
                .put("kind", demo.get("kind").asText()).put("minutesTerm", "NOTES")
                .put("version", demo.get("version").asInt());
        Reply editor = api.putJson("member", COUNCILS + "/" + uds, change.toString());
        assertEquals("a space editor who is no space administrator", 403, editor.status());
        assertEquals(403, api.putJson("reader", COUNCILS + "/" + uds, change.toString()).status());
        assertEquals(demo.get("version").asInt(), api.get(null, COUNCILS + "/" + uds).json().get("version").asInt());
    }

    @Test
    public void wrongSettingsAreFieldErrorsInTheReadersLanguageAndChangeNothing() {
        Map<String, String> termErrors = Map.of(
                "en", "Choose what the council calls its minutes from the list.",
                "da", "Vælg fra listen, hvad rådet kalder sit referat.",
                "sv", "Välj i listan vad rådet kallar sitt protokoll.");
        Map<String, String> dayErrors = Map.of(
                "en", "Enter a whole number of days from 0 to 90.",
                "da", "Angiv et helt antal dage fra 0 til 90.",
                "sv", "Ange ett helt antal dagar från 0 till 90.");
        for (String language : termErrors.keySet()) {
            ObjectNode bad = settings(0).put("minutesTerm", "protokoll").put("requestDays", 91);
            Reply reply = HttpInLanguage.send(language, "secretary", "PUT", COUNCILS + "/" + id, bad.toString());
            assertFieldErrors(reply, "minutesTerm", "requestDays");
            assertEquals(language, termErrors.get(language), message(reply, "minutesTerm"));
            assertEquals(language, dayErrors.get(language), message(reply, "requestDays"));
        }
        assertEquals(0, api.get("secretary", COUNCILS + "/" + id).json().get("version").asInt());
    }

    private static String message(Reply reply, String field) {
        for (JsonNode error : reply.json().get("errors")) {
            if (error.get("field").asText().equals(field)) {
                return error.get("message").asText();
            }
        }
        return null;
    }

    /** What the settings form sends: every field, the days as numbers, the reminder days as a list. */
    private static ObjectNode settings(int version) {
        ObjectNode body = JSON.createObjectNode().put("name", "Utvecklingsgruppen").put("kind", "DEVELOPMENT_GROUP")
                .put("purpose", "").put("locale", "sv").put("minutesTerm", "").put("requestDays", 10)
                .put("dispatchDays", 7).put("minutesDays", 14).put("meetingTitlePattern", "")
                .put("actionReminderDays", 3).put("version", version);
        body.putArray("hearingReminderDays").add(2).add(9);
        return body;
    }
}
