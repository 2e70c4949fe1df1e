package org.samraad.hearing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.samraad.testing.ErrorReplies.assertFieldErrors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpApi.Reply;
import org.samraad.testing.HttpInLanguage;
import org.samraad.testing.SharedDevHost;

/**
 * PUT /hearings/{id}/facts over real HTTP against the dev host's demo council (issue 15.3): the responsible person
 * typed as a username and resolved on the server, the creator by default; a reader is refused (403), a stale
 * version is a 409, wrong fields are field errors in English, Danish and Swedish; the events record the change.
 */
public class HearingFactsRestIT {
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
    public void theCreatorIsResponsibleAndASecretaryHandsTheHearingOnByUsernameWithItsHistory() {
        JsonNode hearing = create("secretary");
        int id = hearing.get("id").asInt();
        assertEquals("the creator, so reminders reach someone",
                api.get("secretary", "/rest/api/user?username=secretary").json().get("userKey").asText(),
                hearing.get("responsibleUserKey").asText());

        Reply edited = api.putJson("secretary", API + "/hearings/" + id + "/facts", facts("member", 0).toString());
        assertEquals(edited.text(), 200, edited.status());
        assertEquals("2099-04-01", edited.json().get("deadline").asText());
        assertEquals("99-42", edited.json().get("reference").asText());
        assertEquals("https://kommune.example/hoering", edited.json().get("url").asText());
        assertEquals("Høring om natcafé", edited.json().get("title").asText());
        JsonNode events = api.get("secretary", API + "/hearings/" + id + "/events").json().get("items");
        assertEquals(3, events.size());
        assertEquals("RESPONSIBLE", events.get(1).get("kind").asText());
        assertEquals("DEADLINE", events.get(2).get("kind").asText());
        assertEquals("2099-03-01/2099-04-01", events.get(2).get("detail").asText());
    }

    @Test
    public void theSectionAfterASaveIsTheMacrosHtmlWithTheFormsOnlyForEditorsAndTheIdThePageGaveIt() {
        int id = create("secretary").get("id").asInt();
        Reply editor = api.getAccepting("secretary", API + "/hearings/" + id + "/view?domId=samraad-hearing-" + id
                + "-abc123", "text/html");
        assertEquals(editor.text(), 200, editor.status());
        assertTrue(editor.contentType().startsWith("text/html"));
        assertTrue(editor.text(), editor.text().startsWith("<section class=\"samraad samraad-hearing\" id=\"samraad-hearing-"
                + id + "-abc123\""));
        assertTrue("the forms wait behind their buttons", editor.text().contains("samraad-hearing-facts-form\" id=\"samraad-hearing-"
                + id + "-abc123-edit\" hidden"));
        Reply reader = api.getAccepting("reader", API + "/hearings/" + id + "/view?domId=%22%3E%3Cscript%3E", "text/html");
        assertEquals(reader.text(), 200, reader.status());
        assertTrue(reader.text().contains("Høring om natcafé"));
        assertTrue("no form for a reader", !reader.text().contains("<form"));
        assertTrue("an id that is not ours is not echoed", !reader.text().contains("<script"));
        assertEquals(404, api.getAccepting("reader", API + "/hearings/99999999/view", "text/html").status());
    }

    @Test
    public void aReaderIsRefusedAndAStaleVersionIsAConflict() {
        int id = create("secretary").get("id").asInt();
        assertEquals(403, api.putJson("reader", API + "/hearings/" + id + "/facts", facts("member", 0).toString())
                .status());
        assertEquals(200, api.putJson("member", API + "/hearings/" + id + "/facts", facts("member", 0).toString())
                .status());
        Reply stale = api.putJson("secretary", API + "/hearings/" + id + "/facts", facts("secretary", 0).toString());
        assertEquals(stale.text(), 409, stale.status());
        assertEquals(1, api.get("reader", API + "/hearings/" + id).json().get("version").asInt());
    }

    @Test
    public void wrongFactsAreFieldErrorsInTheReadersLanguageAndChangeNothing() {
        int id = create("secretary").get("id").asInt();
        Map<String, String> unknown = Map.of(
                "en", "No Confluence user has the username “nobody-by-that-name”.",
                "da", "Ingen bruger i Confluence har brugernavnet „nobody-by-that-name“.",
                "sv", "Ingen användare i Confluence har användarnamnet ”nobody-by-that-name”.");
        Map<String, String> url = Map.of(
                "en", "Use a full web address starting with http:// or https://.",
                "da", "Brug en fuld webadresse, der begynder med http:// eller https://.",
                "sv", "Använd en fullständig webbadress som börjar med http:// eller https://.");
        for (String language : unknown.keySet()) {
            ObjectNode bad = facts("nobody-by-that-name", 0).put("url", "javascript:alert(1)");
            Reply reply = HttpInLanguage.send(language, "secretary", "PUT", API + "/hearings/" + id + "/facts",
                    bad.toString());
            assertFieldErrors(reply, "responsible", "url");
            assertEquals(language, unknown.get(language), message(reply, "responsible"));
            assertEquals(language, url.get(language), message(reply, "url"));
            assertTrue(reply.text(), !reply.text().contains("Exception"));
        }
        assertFieldErrors(api.putJson("secretary", API + "/hearings/" + id + "/facts",
                facts("member", 0).put("deadline", "1. april").put("url", "ftp://x.example/").toString()),
                "deadline", "url");
        assertEquals(0, api.get("reader", API + "/hearings/" + id).json().get("version").asInt());
    }

    private static String message(Reply reply, String field) {
        for (JsonNode error : reply.json().get("errors")) {
            if (error.get("field").asText().equals(field)) {
                return error.get("message").asText();
            }
        }
        return null;
    }

    private JsonNode create(String user) {
        Reply reply = api.postJson(user, API + "/councils/" + councilId + "/hearings", JSON.createObjectNode()
                .put("title", "Høring om natcafé").put("deadline", "2099-03-01").put("receivedOn", "2026-11-01")
                .toString());
        assertEquals(reply.text(), 201, reply.status());
        created.add(reply.json().get("id").asInt());
        return reply.json();
    }

    private static ObjectNode facts(String responsible, int version) {
        return JSON.createObjectNode().put("responsible", responsible).put("deadline", "2099-04-01")
                .put("reference", "99-42").put("summary", "Om en natcafé.").put("url", "https://kommune.example/hoering")
                .put("version", version);
    }
}
