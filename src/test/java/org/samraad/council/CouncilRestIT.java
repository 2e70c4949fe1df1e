package org.samraad.council;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.samraad.testing.ErrorReplies.assertFieldErrors;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.After;
import org.junit.Test;
import org.samraad.testing.HttpApi.Reply;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpInLanguage;
import org.samraad.testing.SharedDevHost;

/**
 * /rest/samraad/1.0/councils over real HTTP against the dev host: the demo space UDS (public, seeded with a
 * council) and the restricted space INT (secretary and admin only, no council), as the README lists them.
 */
public class CouncilRestIT {
    private static final String COUNCILS = "/rest/samraad/1.0/councils";
    private final HttpApi api = SharedDevHost.api();

    @After
    public void leaveTheRestrictedSpaceWithoutACouncil() {
        for (JsonNode council : api.get("secretary", COUNCILS + "?spaceKey=INT").json().get("items")) {
            assertEquals(204, api.delete("secretary", COUNCILS + "/" + council.get("id").asInt()).status());
        }
    }

    @Test
    public void anonymousReadersSeeTheCouncilOfThePublicDemoSpace() {
        Reply reply = api.get(null, COUNCILS + "?spaceKey=UDS");

        assertEquals(200, reply.status());
        assertTrue(reply.contentType().startsWith("application/json"));
        JsonNode items = reply.json().get("items");
        assertEquals(1, items.size());
        assertEquals("UDS", items.get(0).get("spaceKey").asText());
        assertEquals(1, reply.json().get("total").asInt());
        assertEquals(200, api.get(null, COUNCILS + "/" + items.get(0).get("id").asInt()).status());
    }

    @Test
    public void aRestrictedSpaceIsNotFoundForAnonymousAndForReadersWithoutAccess() {
        for (String caller : new String[] {null, "reader", "member"}) {
            Reply reply = api.get(caller, COUNCILS + "?spaceKey=INT");
            assertEquals(String.valueOf(caller), 404, reply.status());
            assertEquals(404, reply.json().get("status").asInt());
            assertFalse(reply.json().get("message").asText().isBlank());
        }
        assertEquals(200, api.get("secretary", COUNCILS + "?spaceKey=INT").status());
    }

    @Test
    public void creatingACouncilNeedsALoggedInSpaceAdministrator() {
        String body = "{\"spaceKey\":\"UDS\",\"name\":\"Endnu et råd\",\"kind\":\"OTHER\"}";

        assertEquals(401, api.postJson(null, COUNCILS, body).status());
        Reply member = api.postJson("member", COUNCILS, body);
        assertEquals(403, member.status());
        assertEquals(403, member.json().get("status").asInt());
    }

    @Test
    public void aSpaceAdministratorCreatesChangesAndDeletesACouncil() {
        Reply created = api.postJson("secretary", COUNCILS,
                "{\"spaceKey\":\"INT\",\"name\":\"Sekretariatets råd\",\"kind\":\"DIALOGUE_FORUM\",\"purpose\":\"Øvelse\"}");
        assertEquals(201, created.status());
        int id = created.json().get("id").asInt();
        assertEquals(0, created.json().get("version").asInt());

        Reply changed = api.putJson("secretary", COUNCILS + "/" + id,
                "{\"name\":\"Sekretariatets dialogforum\",\"kind\":\"DIALOGUE_FORUM\",\"version\":0}");
        assertEquals(200, changed.status());
        assertEquals(1, changed.json().get("version").asInt());

        Reply stale = api.putJson("secretary", COUNCILS + "/" + id,
                "{\"name\":\"Forældet\",\"kind\":\"OTHER\",\"version\":0}");
        assertEquals(409, stale.status());
        assertEquals("Sekretariatets dialogforum", api.get("secretary", COUNCILS + "/" + id).json().get("name").asText());
    }

    @Test
    public void badInputGetsFieldErrorsAndWritesNothing() {
        assertFieldErrors(api.postJson("secretary", COUNCILS, "{\"spaceKey\":\"INT\",\"kind\":\"OTHER\"}"), "name");
        assertFieldErrors(api.postJson("secretary", COUNCILS, "{\"spaceKey\":\"NOSUCH\",\"name\":\"R\",\"kind\":\"OTHER\"}"), "spaceKey");
        assertFieldErrors(api.postJson("secretary", COUNCILS,
                "{\"spaceKey\":\"INT\",\"name\":\"" + "x".repeat(10_000) + "\",\"kind\":\"OTHER\"}"), "name");
        assertFieldErrors(api.postJson("secretary", COUNCILS, "{\"spaceKey\":\"INT\",\"name\":123,\"kind\":\"OTHER\"}"), "name");
        assertFieldErrors(api.postJson("secretary", COUNCILS, "{\"spaceKey\":\"INT\",\"name\":\"R\",\"kind\":\"PARLIAMENT\"}"), "kind");
        assertFieldErrors(api.postJson("secretary", COUNCILS, "{\"spaceKey\":\"INT\",\"name\":\"R\",\"kind\":\"OTHER\",\"cpr\":\"010101-1234\"}"), "cpr");

        Reply malformed = api.postJson("secretary", COUNCILS, "{\"spaceKey\":\"INT\",\"name\":");
        assertEquals(400, malformed.status());
        assertEquals(400, malformed.json().get("status").asInt());
        assertFalse("no parser internals are echoed", malformed.text().contains("Unexpected end-of-input"));

        assertEquals(0, api.get("secretary", COUNCILS + "?spaceKey=INT").json().get("items").size());
    }

    @Test
    public void aCouncilPostedByASwedishSecretaryWithoutALanguageIsSwedish() {
        Reply created = HttpInLanguage.send("sv", "secretary", "POST", COUNCILS,
                "{\"spaceKey\":\"INT\",\"name\":\"Utvecklingsgruppen\",\"kind\":\"OTHER\"}");
        assertEquals(201, created.status());
        assertEquals("sv", created.json().get("locale").asText());
    }

    @Test
    public void mutationsAcceptOnlyJson() {
        Reply form = api.send("secretary", "POST", COUNCILS, "application/x-www-form-urlencoded", "name=R&kind=OTHER");
        assertTrue("form posts are refused, got " + form.status(), form.status() == 403 || form.status() == 415);
        assertEquals(0, api.get("secretary", COUNCILS + "?spaceKey=INT").json().get("items").size());
    }

    @Test
    public void errorsNeverCarryAStackTrace() {
        Reply reply = api.get(null, COUNCILS + "/not-a-number");
        assertTrue(reply.status() >= 400 && reply.status() < 500);
        assertFalse(reply.text().contains("at org."));
        assertFalse(reply.text().contains("Exception"));
    }
}
