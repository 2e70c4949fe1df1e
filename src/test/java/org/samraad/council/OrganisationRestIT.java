package org.samraad.council;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.samraad.testing.ErrorReplies.assertFieldErrors;
import static org.samraad.testing.ErrorReplies.assertNotFound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.After;
import org.junit.Test;
import org.samraad.testing.HttpApi.Reply;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * /rest/samraad/1.0/organisations over real HTTP against the dev host: the public demo space UDS (member can
 * edit, reader can view, anonymous can view) and the restricted space INT (secretary and admin only). Names
 * carry a per-test marker, so other tests' organisations in the shared host never disturb the assertions.
 */
public class OrganisationRestIT {
    private static final String ORGANISATIONS = "/rest/samraad/1.0/organisations";
    private final HttpApi api = SharedDevHost.api();
    private final String marker = "it-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<Integer> created = new ArrayList<>();

    @After
    public void removeWhatTheTestCreated() {
        for (int id : created) {
            int status = api.delete("secretary", ORGANISATIONS + "/" + id).status();
            assertTrue("cleanup of " + id + " answered " + status, status == 204 || status == 404);
        }
    }

    @Test
    public void anEditorAddsAnOrganisationThatAnonymousReadersOfThePublicSpaceSee() {
        JsonNode organisation = create("member", body("UDS", marker + " Natcaféen", "VOLUNTARY_ORGANISATION")
                .put("website", "https://natcafe.example.org")
                .put("contactName", "Vagttelefonen")
                .put("contactEmail", "vagt@natcafe.example.org")
                .put("contactPhone", "70 10 20 30")
                .put("offers", "Varm mad og en seng.")
                .put("targetGroup", "Hjemløse"));

        assertEquals("VOLUNTARY_ORGANISATION", organisation.get("kind").asText());
        assertEquals(0, organisation.get("version").asInt());
        assertEquals("UDS", organisation.get("spaceKey").asText());

        Reply one = api.get(null, ORGANISATIONS + "/" + organisation.get("id").asInt());
        assertEquals(200, one.status());
        assertTrue(one.contentType().startsWith("application/json"));
        assertEquals(organisation, one.json());

        Reply list = api.get(null, ORGANISATIONS + "?spaceKey=UDS&kind=voluntary_organisation&limit=500");
        assertEquals(200, list.status());
        assertTrue(ours(list.json()).contains(marker + " Natcaféen"));
        assertEquals(500, list.json().get("limit").asInt());
        assertEquals(0, list.json().get("offset").asInt());
    }

    @Test
    public void theListIsSortedByKindThenNameFilteredAndPaged() {
        create("member", body("UDS", marker + " b", "OTHER"));
        create("member", body("UDS", marker + " A", "OTHER"));
        create("member", body("UDS", marker + " c", "POLICE"));

        Reply all = api.get("reader", ORGANISATIONS + "?spaceKey=UDS&limit=500");
        assertEquals(List.of(marker + " c", marker + " A", marker + " b"), ours(all.json()));
        int total = all.json().get("total").asInt();

        Reply police = api.get("reader", ORGANISATIONS + "?spaceKey=UDS&kind=POLICE");
        assertEquals(List.of(marker + " c"), ours(police.json()));

        Reply window = api.get("reader", ORGANISATIONS + "?spaceKey=UDS&limit=1&offset=" + (total - 1));
        assertEquals(1, window.json().get("items").size());
        assertEquals(total, window.json().get("total").asInt());
        assertEquals(1, window.json().get("limit").asInt());

        Reply capped = api.get("reader", ORGANISATIONS + "?limit=100000");
        assertEquals(200, capped.status());
        assertEquals(500, capped.json().get("limit").asInt());
    }

    @Test
    public void aRestrictedSpaceIsNotFoundForThoseWhoCannotViewIt() {
        JsonNode hidden = create("secretary", body("INT", marker + " Intern partner", "BUSINESS"));
        String one = ORGANISATIONS + "/" + hidden.get("id").asInt();

        for (String caller : new String[] {null, "reader", "member"}) {
            assertNotFound(api.get(caller, one));
            assertNotFound(api.get(caller, ORGANISATIONS + "?spaceKey=INT"));
            assertFalse(ours(api.get(caller, ORGANISATIONS + "?limit=500").json()).contains(marker + " Intern partner"));
        }
        assertNotFound(api.putJson("member", one, body(null, "Overtaget", "OTHER").put("version", 0).toString()));
        assertNotFound(api.delete("member", one));
        assertFieldErrors(api.postJson("member", ORGANISATIONS, body("INT", marker + " Snig", "OTHER").toString()), "spaceKey");

        assertEquals(200, api.get("secretary", one).status());
        assertTrue(ours(api.get("admin", ORGANISATIONS + "?limit=500").json()).contains(marker + " Intern partner"));
        assertNotFound(api.get("secretary", ORGANISATIONS + "/987654321"));
    }

    @Test
    public void changesNeedALoggedInUserWhoCanEditTheSpace() {
        String body = body("UDS", marker + " Ny", "OTHER").toString();
        assertEquals(401, api.postJson(null, ORGANISATIONS, body).status());
        Reply reader = api.postJson("reader", ORGANISATIONS, body);
        assertEquals(403, reader.status());
        assertEquals(403, reader.json().get("status").asInt());
        assertFalse(reader.json().get("message").asText().isBlank());

        JsonNode organisation = create("member", body("UDS", marker + " Eksisterende", "OTHER"));
        String one = ORGANISATIONS + "/" + organisation.get("id").asInt();
        String change = body(null, "Ændret", "OTHER").put("version", 0).toString();
        assertEquals(401, api.putJson(null, one, change).status());
        assertEquals(403, api.putJson("reader", one, change).status());
        assertEquals(401, api.delete(null, one).status());
        assertEquals(403, api.delete("reader", one).status());
        assertEquals(marker + " Eksisterende", api.get(null, one).json().get("name").asText());
    }

    @Test
    public void anEditorChangesAndDeletesWithOptimisticLocking() {
        JsonNode organisation = create("member", body("UDS", marker + " Væresteder", "VOLUNTARY_ORGANISATION"));
        String one = ORGANISATIONS + "/" + organisation.get("id").asInt();

        Reply changed = api.putJson("member", one, body("UDS", marker + " Værestedet", "VOLUNTARY_ORGANISATION")
                .put("offers", "Kaffe og samvær").put("version", 0).toString());
        assertEquals(changed.text(), 200, changed.status());
        assertEquals(1, changed.json().get("version").asInt());
        assertEquals("Kaffe og samvær", changed.json().get("offers").asText());

        Reply stale = api.putJson("member", one, body(null, "Forældet", "OTHER").put("version", 0).toString());
        assertEquals(409, stale.status());
        assertEquals(409, stale.json().get("status").asInt());
        assertFalse(stale.json().get("message").asText().isBlank());
        assertEquals(marker + " Værestedet", api.get(null, one).json().get("name").asText());

        assertFieldErrors(api.putJson("member", one, body(null, "Uden version", "OTHER").toString()), "version");
        assertFieldErrors(api.putJson("member", one, body("INT", "Flyttet", "OTHER").put("version", 1).toString()), "spaceKey");

        assertEquals(204, api.delete("member", one).status());
        assertNotFound(api.get(null, one));
        assertNotFound(api.delete("member", one));
    }

    @Test
    public void badInputGetsFieldErrorsAndWritesNothing() {
        assertFieldErrors(post(body("UDS", null, "OTHER")), "name");
        assertFieldErrors(post(body("UDS", "x".repeat(10_000), "OTHER")), "name");
        assertFieldErrors(post(body("UDS", marker, "CHURCH")), "kind");
        assertFieldErrors(post(body(null, marker, "OTHER")), "spaceKey");
        assertFieldErrors(post(body("NOSUCH", marker, "OTHER")), "spaceKey");
        assertFieldErrors(post(body("UDS", marker, "OTHER").put("website", "javascript:alert(1)")), "website");
        assertFieldErrors(post(body("UDS", marker, "OTHER").put("website", "www.example.org")), "website");
        assertFieldErrors(post(body("UDS", marker, "OTHER").put("contactEmail", "not-an-address")), "contactEmail");
        assertFieldErrors(post(body("UDS", marker, "OTHER").put("offers", "o".repeat(10_001))
                .put("contactPhone", "1".repeat(256))), "offers", "contactPhone");
        assertFieldErrors(post(body("UDS", marker, "OTHER").put("cpr", "010101-1234")), "cpr");

        assertFieldErrors(api.postJson("member", ORGANISATIONS,
                "{\"spaceKey\":\"UDS\",\"name\":123,\"kind\":\"OTHER\"}"), "name");
        assertFieldErrors(api.postJson("member", ORGANISATIONS,
                "{\"spaceKey\":\"UDS\",\"name\":\"" + marker + "\",\"kind\":\"OTHER\",\"offers\":[\"a\"]}"), "offers");
        assertFieldErrors(api.postJson("member", ORGANISATIONS,
                "{\"spaceKey\":\"UDS\",\"name\":\"" + marker + "\",\"kind\":true}"), "kind");

        Reply malformed = api.postJson("member", ORGANISATIONS, "{\"spaceKey\":\"UDS\",\"name\":");
        assertEquals(400, malformed.status());
        assertEquals(400, malformed.json().get("status").asInt());
        assertFalse("no parser internals are echoed", malformed.text().contains("Unexpected end-of-input"));
        assertEquals(400, api.postJson("member", ORGANISATIONS, "").status());
        assertEquals(400, api.postJson("member", ORGANISATIONS, "[]").status());

        assertEquals(List.of(), ours(api.get("admin", ORGANISATIONS + "?limit=500").json()));
    }

    @Test
    public void wrongTypesOnUpdateAreFieldErrors() {
        JsonNode organisation = create("member", body("UDS", marker + " Typer", "OTHER"));
        String one = ORGANISATIONS + "/" + organisation.get("id").asInt();

        assertFieldErrors(api.putJson("member", one, "{\"name\":\"n\",\"kind\":\"OTHER\",\"version\":\"0\"}"), "version");
        assertFieldErrors(api.putJson("member", one, "{\"name\":\"n\",\"kind\":\"OTHER\",\"version\":0.5}"), "version");
        assertFieldErrors(api.putJson("member", one, "{\"name\":\"n\",\"kind\":\"OTHER\",\"version\":0,\"id\":7}"), "id");
        assertEquals(marker + " Typer", api.get(null, one).json().get("name").asText());
    }

    @Test
    public void badListParametersAreFieldErrors() {
        assertFieldErrors(api.get(null, ORGANISATIONS + "?limit=abc"), "limit");
        assertFieldErrors(api.get(null, ORGANISATIONS + "?limit=0"), "limit");
        assertFieldErrors(api.get(null, ORGANISATIONS + "?offset=-1"), "offset");
        assertFieldErrors(api.get(null, ORGANISATIONS + "?kind=%3Cscript%3E"), "kind");
        assertFieldErrors(api.get(null, ORGANISATIONS + "?kind=CHURCH&limit=x&offset=y"), "kind", "limit", "offset");
    }

    @Test
    public void mutationsAcceptOnlyJsonAndErrorsCarryNoStackTrace() {
        Reply form = api.send("member", "POST", ORGANISATIONS, "application/x-www-form-urlencoded",
                "spaceKey=UDS&name=" + marker + "&kind=OTHER");
        assertTrue("form posts are refused, got " + form.status(), form.status() == 403 || form.status() == 415);
        Reply text = api.send("member", "POST", ORGANISATIONS, "text/plain",
                "{\"spaceKey\":\"UDS\",\"name\":\"" + marker + "\",\"kind\":\"OTHER\"}");
        assertTrue("text/plain is refused, got " + text.status(), text.status() == 403 || text.status() == 415);
        assertEquals(List.of(), ours(api.get(null, ORGANISATIONS + "?spaceKey=UDS&limit=500").json()));

        Reply notANumber = api.get(null, ORGANISATIONS + "/not-a-number");
        assertEquals(404, notANumber.status());
        assertFalse(notANumber.text().contains("at org."));
        assertFalse(notANumber.text().contains("Exception"));
    }

    private JsonNode create(String user, ObjectNode body) {
        Reply reply = api.postJson(user, ORGANISATIONS, body.toString());
        assertEquals(reply.text(), 201, reply.status());
        created.add(reply.json().get("id").asInt());
        return reply.json();
    }

    private Reply post(ObjectNode body) {
        Reply reply = api.postJson("member", ORGANISATIONS, body.toString());
        if (reply.status() == 201) {
            created.add(reply.json().get("id").asInt());
        }
        return reply;
    }

    private static ObjectNode body(String spaceKey, String name, String kind) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if (spaceKey != null) {
            body.put("spaceKey", spaceKey);
        }
        if (name != null) {
            body.put("name", name);
        }
        return body.put("kind", kind);
    }

    /** The names of this test's organisations in a list response, in the response's order. */
    private List<String> ours(JsonNode list) {
        List<String> names = new ArrayList<>();
        for (JsonNode item : list.get("items")) {
            if (item.get("name").asText().startsWith(marker)) {
                names.add(item.get("name").asText());
            }
        }
        return names;
    }
}
