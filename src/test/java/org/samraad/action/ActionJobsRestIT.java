package org.samraad.action;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.samraad.testing.ErrorReplies.assertFieldErrors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpApi.Reply;
import org.samraad.testing.HttpInLanguage;
import org.samraad.testing.SharedDevHost;

/**
 * Issue 15, point 4, over real HTTP on the dev host: what the register's "Change or delete" form and the readers'
 * filters send keeps the API's rules: 401/403 for those who may not, 409 for a stale version (a change and a delete
 * alike), field errors in the caller's language (en, da, sv), a progress note in the history for readers too, and
 * the list without a council covering every council the caller may view.
 */
public class ActionJobsRestIT {
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
            api.delete("secretary", API + "/actions/" + id);
        }
    }

    @Test
    public void aSecretaryReassignsAndRecordsProgressWithANoteThatReadersSeeInTheHistory() {
        String memberKey = api.get("secretary", "/rest/api/user?username=member").json().get("userKey").asText();
        int id = create(action("Kortlæg behov").put("ownerName", "Maria")).get("id").asInt();

        Reply reassigned = api.putJson("secretary", API + "/actions/" + id, action("Kortlæg behovene")
                .put("description", "Med foreningerne").put("ownerUserKey", memberKey).put("status", "IN_PROGRESS")
                .put("percentDone", 40).put("note", "Spørgeskema sendt").put("version", 0).toString());
        assertEquals(reassigned.text(), 200, reassigned.status());
        assertEquals("Mads Medlem", reassigned.json().get("ownerName").asText());
        assertEquals("Spørgeskema sendt", reassigned.json().get("progressNote").asText());

        Reply done = api.putJson("secretary", API + "/actions/" + id, action("Kortlæg behovene")
                .put("ownerUserKey", memberKey).put("status", "DONE").put("percentDone", 40)
                .put("progressNote", "Spørgeskema sendt").put("note", "Alle svar er inde").put("version", 1).toString());
        assertEquals(done.text(), 200, done.status());
        assertEquals("Done is all of it", 100, done.json().get("percentDone").asInt());

        for (String reader : new String[] {null, "reader"}) {
            JsonNode history = api.get(reader, API + "/actions/" + id + "/history").json().get("items");
            List<String> notes = new ArrayList<>();
            history.forEach(h -> {
                if (h.get("field").asText().equals("note")) {
                    notes.add(h.get("newValue").asText());
                    assertTrue(h.get("changedBy").asText(), h.get("changedBy").asText().length() > 0);
                }
            });
            assertEquals("newest first", List.of("Alle svar er inde", "Spørgeskema sendt"), notes);
        }
    }

    @Test
    public void readersGet403AndAStaleChangeOrDeleteIsA409ThatChangesNothing() {
        int id = create(action("Beskyttet").put("ownerName", "Maria")).get("id").asInt();
        String change = action("Ændret af en læser").put("ownerName", "Maria").put("note", "x").put("version", 0)
                .toString();
        assertEquals(403, api.putJson("reader", API + "/actions/" + id, change).status());
        assertEquals(403, api.delete("reader", API + "/actions/" + id + "?version=0").status());
        assertEquals(401, api.delete(null, API + "/actions/" + id + "?version=0").status());

        assertEquals(200, api.putJson("member", API + "/actions/" + id, action("Anden udgave").put("ownerName", "Maria")
                .put("version", 0).toString()).status());
        Reply staleChange = api.putJson("secretary", API + "/actions/" + id, action("Tredje udgave")
                .put("ownerName", "Maria").put("version", 0).toString());
        assertEquals(staleChange.text(), 409, staleChange.status());
        Reply staleDelete = api.delete("secretary", API + "/actions/" + id + "?version=0");
        assertEquals(staleDelete.text(), 409, staleDelete.status());
        assertEquals("Anden udgave", api.get(null, API + "/actions/" + id).json().get("title").asText());

        assertEquals(204, api.delete("secretary", API + "/actions/" + id + "?version=1").status());
        assertEquals(404, api.get(null, API + "/actions/" + id + "/history").status());
    }

    @Test
    public void aTooLongNoteAndABadVersionAreFieldErrorsInTheCallersLanguage() {
        int id = create(action("Sprog").put("ownerName", "Maria")).get("id").asInt();
        String tooLong = action("Sprog").put("ownerName", "Maria").put("note", "x".repeat(10_001)).put("version", 0)
                .toString();
        Map<String, String> tooLongStarts = Map.of("en", "Use at most", "da", "Brug højst", "sv", "Använd högst");
        Map<String, String> badVersion = Map.of(
                "en", "Use the version you read: a whole number of 0 or more.",
                "da", "Brug den version, du læste: et helt tal på 0 eller mere.",
                "sv", "Använd den version du läste: ett heltal på 0 eller mer.");
        for (String language : List.of("en", "da", "sv")) {
            Reply note = HttpInLanguage.send(language, "secretary", "PUT", API + "/actions/" + id, tooLong);
            assertFieldErrors(note, "note");
            String message = note.json().get("errors").get(0).get("message").asText();
            assertTrue(language + ": " + message, message.startsWith(tooLongStarts.get(language)));

            Reply version = HttpInLanguage.send(language, "secretary", "DELETE", API + "/actions/" + id + "?version=abc",
                    null);
            assertFieldErrors(version, "version");
            assertEquals(language, badVersion.get(language), version.json().get("errors").get(0).get("message").asText());
        }
        assertEquals("nothing changed, nothing deleted", 0, api.get(null, API + "/actions/" + id).json().get("version")
                .asInt());
    }

    @Test
    public void theListWithoutACouncilCoversEveryCouncilTheCallerMayViewWithTheReadersFilters() {
        int overdue = create(action("Forsinket " + System.nanoTime()).put("ownerName", "Maria")
                .put("dueDate", "2020-01-01")).get("id").asInt();
        int later = create(action("Senere " + System.nanoTime()).put("ownerName", "Maria")
                .put("dueDate", "2099-01-01")).get("id").asInt();
        Set<Integer> councils = new HashSet<>();
        JsonNode all = api.get("reader", API + "/actions?limit=500").json();
        all.get("items").forEach(a -> councils.add(a.get("councilId").asInt()));
        assertTrue(councils.contains(councilId));
        JsonNode viewable = api.get("reader", API + "/councils").json().get("items");
        Set<Integer> viewableIds = new HashSet<>();
        viewable.forEach(c -> viewableIds.add(c.get("id").asInt()));
        assertTrue("only councils the reader may view: " + councils + " of " + viewableIds,
                viewableIds.containsAll(councils));

        Set<Integer> overdueIds = new HashSet<>();
        api.get("reader", API + "/actions?overdue=true&status=OPEN,IN_PROGRESS&limit=500").json().get("items")
                .forEach(a -> overdueIds.add(a.get("id").asInt()));
        assertTrue(overdueIds.contains(overdue));
        assertTrue(!overdueIds.contains(later));
    }

    private ObjectNode action(String title) {
        return JSON.createObjectNode().put("councilId", councilId).put("title", title);
    }

    private JsonNode create(ObjectNode body) {
        Reply reply = api.postJson("member", API + "/actions", body.toString());
        assertEquals(reply.text(), 201, reply.status());
        JsonNode json = reply.json();
        created.add(json.get("id").asInt());
        return json;
    }
}
