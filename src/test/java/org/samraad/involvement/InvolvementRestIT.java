package org.samraad.involvement;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.samraad.testing.ErrorReplies.assertFieldErrors;
import static org.samraad.testing.ErrorReplies.assertNotFound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpApi.Reply;
import org.samraad.testing.SharedDevHost;

/**
 * The involvement process over real HTTP against the dev host's demo council in the public space UDS (secretary:
 * space administrator, member: editor and serving council member, reader: viewer, anonymous: viewer). What a test
 * adds is removed afterwards; the process's settings are set with the version read.
 */
public class InvolvementRestIT {
    private static final String API = "/rest/samraad/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HIDDEN = "Member (name not published)";

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
            api.delete("secretary", API + "/involvement/actors/" + id);
        }
    }

    @Test
    public void anEditorSetsTheProcessWithTheVersionReadAndOnlyEditorsMay() {
        JsonNode before = api.get(null, settingsPath()).json();
        int version = before.get("version").asInt();
        Reply saved = api.putJson("member", settingsPath(), settings(version).toString());
        assertEquals(saved.text(), 200, saved.status());
        assertEquals(version + 1, saved.json().get("version").asInt());
        assertEquals("Hjemløse", saved.json().get("targetGroups").get(1).get("name").asText());
        assertEquals("2099-11-30", saved.json().get("deadline").asText());

        assertEquals(409, api.putJson("secretary", settingsPath(), settings(version).toString()).status());
        assertEquals(403, api.putJson("reader", settingsPath(), settings(version + 1).toString()).status());
        assertEquals(401, api.putJson(null, settingsPath(), settings(version + 1).toString()).status());
        assertEquals(version + 1, api.get("reader", settingsPath()).json().get("version").asInt());
        assertNotFound(api.get(null, API + "/councils/999999/involvement/settings"));
    }

    @Test
    public void anActorIsAddedChangedWithItsVersionRecordedAndRemoved() {
        JsonNode process = ensureProcess();
        int group = process.get("targetGroups").get(0).get("id").asInt();
        int dimension = process.get("dimensions").get(0).get("id").asInt();
        int organisation = api.get(null, API + "/organisations?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
        JsonNode actor = create("member", actor(null).put("organisationId", organisation).put("status", "AGREED")
                .put("plannedOn", "2099-11-10"));
        int id = actor.get("id").asInt();
        assertEquals(organisation, actor.get("organisationId").asInt());
        assertEquals(actor.get("organisationName").asText(), actor.get("title").asText());

        ObjectNode held = actor(null).put("organisationId", organisation).put("status", "HELD")
                .put("heldOn", "2099-11-11").put("findings", "Flere sovepladser.").put("version", 0);
        held.putArray("targetGroupIds").add(group);
        held.putArray("dimensionIds").add(dimension);
        Reply changed = api.putJson("member", API + "/involvement/actors/" + id, held.toString());
        assertEquals(changed.text(), 200, changed.status());
        assertEquals(1, changed.json().get("version").asInt());
        assertEquals(409, api.putJson("secretary", API + "/involvement/actors/" + id, held.toString()).status());

        JsonNode history = api.get(null, API + "/involvement/actors/" + id + "/history").json();
        assertEquals(history.get("items").size(), history.get("total").asInt());
        assertTrue(history.toString(), history.toString().contains("\"field\":\"status\""));

        JsonNode coverage = api.get(null, API + "/councils/" + councilId + "/involvement/coverage").json();
        JsonNode cell = coverage.get("cells").get(0);
        assertTrue(cell.toString(), cell.get("text").asText().startsWith("Heard from"));
        assertEquals(id, cell.get("heard").get(0).get("id").asInt());
        assertTrue(coverage.get("gaps").asInt() > 0);

        assertEquals(409, api.delete("member", API + "/involvement/actors/" + id + "?version=0").status());
        assertEquals(204, api.delete("member", API + "/involvement/actors/" + id + "?version=1").status());
        assertNotFound(api.get(null, API + "/involvement/actors/" + id));
    }

    @Test
    public void readersReadButCannotChangeAndTheContactPersonFollowsTheMemberListsRule() {
        ensureProcess();
        int id = create("member", actor("Værestedet").put("contactName", "Hanne Hemmelig")
                .put("contactConsent", false).put("contactEmail", "hanne@example.org")).get("id").asInt();

        for (String outsider : new String[] {null, "reader"}) {
            JsonNode seen = api.get(outsider, API + "/involvement/actors/" + id).json();
            assertEquals(HIDDEN, seen.get("contactName").asText());
            assertTrue(seen.get("contactEmail").isNull());
            assertFalse(api.get(outsider, actorsPath()).text().contains("Hemmelig"));
            assertFalse(api.get(outsider, actorsPath()).text().contains("hanne@"));
        }
        for (String insider : new String[] {"secretary", "member"}) {
            JsonNode seen = api.get(insider, API + "/involvement/actors/" + id).json();
            assertEquals("Hanne Hemmelig", seen.get("contactName").asText());
            assertEquals("hanne@example.org", seen.get("contactEmail").asText());
        }
        assertEquals(403, api.postJson("reader", actorsPath(), actor("Læserens aktør").toString()).status());
        assertEquals(403, api.putJson("reader", API + "/involvement/actors/" + id,
                actor("Værestedet").put("version", 0).toString()).status());
        assertEquals(403, api.delete("reader", API + "/involvement/actors/" + id).status());
        assertEquals(401, api.delete(null, API + "/involvement/actors/" + id).status());
        int plainText = api.send("member", "POST", actorsPath(), "text/plain", actor("x").toString()).status();
        assertTrue("non-JSON posts are refused, got " + plainText, plainText == 403 || plainText == 415);
    }

    @Test
    public void hostileInputGetsFieldErrorsInEveryLanguageAndNothingIsWritten() throws Exception {
        ensureProcess();
        int before = api.get(null, actorsPath()).json().get("total").asInt();
        ObjectNode hostile = JSON.createObjectNode().put("name", "<script>alert(1)</script>\u0007")
                .put("organisationId", 4711).put("status", "HELD").put("contactEmail", "\"><img src=x>")
                .put("plannedOn", "'; DROP TABLE x; --");
        hostile.putArray("forms").add("SEANCE");
        hostile.putArray("targetGroupIds").add(999_999);
        assertFieldErrors(api.postJson("member", actorsPath(), hostile.toString()),
                "name", "forms", "heldOn", "plannedOn", "contactEmail", "targetGroupIds");
        assertFieldErrors(api.putJson("member", settingsPath(), "{\"targetGroups\":[{\"name\":\"\"}],"
                + "\"deadline\":\"snart\",\"responsibleUserKeys\":[\"a|b\"],\"version\":0}"),
                "targetGroups", "deadline", "responsibleUserKeys");
        assertEquals(400, api.postJson("member", actorsPath(), "{\"forms\":\"FOCUS_GROUP\",\"colour\":1}").status());

        Map<String, String> required = Map.of("en", "Choose at least one form of involvement.",
                "da", "Vælg mindst én form for inddragelse.", "sv", "Välj minst en form av involvering.");
        for (Map.Entry<String, String> language : required.entrySet()) {
            HttpResponse<String> reply = post("member", language.getKey(), actorsPath(), "{\"name\":\"Beboerne\"}");
            assertEquals(reply.body(), 400, reply.statusCode());
            JsonNode error = JSON.readTree(reply.body()).get("errors").get(0);
            assertEquals("forms", error.get("field").asText());
            assertEquals(language.getKey(), language.getValue(), error.get("message").asText());
            assertFalse(reply.body().contains("Exception") || reply.body().contains("org.samraad"));
        }
        assertEquals(before, api.get(null, actorsPath()).json().get("total").asInt());
    }

    @Test
    public void theCsvIsUtf8WithABomSemicolonsAndTheListsVisibility() throws Exception {
        ensureProcess();
        create("member", actor("Beboerne; \"Vesterby\"").put("contactName", "Hanne Hemmelig")
                .put("contactConsent", false));

        HttpResponse<byte[]> anonymous = csv(null, "en");
        assertEquals(200, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(anonymous.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        byte[] bytes = anonymous.body();
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text, text.startsWith("\uFEFFActor;Form of involvement;Status;"));
        assertTrue(text.contains("\"Beboerne; \"\"Vesterby\"\"\";Focus group;To contact;"));
        assertTrue(text.contains(HIDDEN));
        assertFalse(text.contains("Hemmelig"));
        assertTrue(new String(csv("secretary", "da").body(), StandardCharsets.UTF_8).contains("Hanne Hemmelig"));
        assertTrue(new String(csv(null, "da").body(), StandardCharsets.UTF_8).startsWith("\uFEFFAktør;Form for inddragelse;"));
        assertEquals(404, csvOf(999_999).statusCode());
    }

    // --- helpers

    private String settingsPath() {
        return API + "/councils/" + councilId + "/involvement/settings";
    }

    private String actorsPath() {
        return API + "/councils/" + councilId + "/involvement/actors";
    }

    /** The process as a test needs it: two target groups and two dimensions, whatever was there before. */
    private JsonNode ensureProcess() {
        JsonNode current = api.get(null, settingsPath()).json();
        if (current.get("targetGroups").size() >= 2 && current.get("dimensions").size() >= 2) {
            return current;
        }
        Reply saved = api.putJson("secretary", settingsPath(), settings(current.get("version").asInt()).toString());
        assertEquals(saved.text(), 200, saved.status());
        return saved.json();
    }

    private static ObjectNode settings(int version) {
        ObjectNode body = JSON.createObjectNode().put("deadline", "2099-11-30").put("version", version);
        ArrayNode groups = body.putArray("targetGroups");
        groups.addObject().put("name", "Borgere med misbrug");
        groups.addObject().put("name", "Hjemløse");
        ArrayNode dimensions = body.putArray("dimensions");
        dimensions.addObject().put("name", "Den individuelle indsats");
        dimensions.addObject().put("name", "Færre gener");
        body.putArray("responsibleUserKeys");
        return body;
    }

    private static ObjectNode actor(String name) {
        ObjectNode body = JSON.createObjectNode();
        if (name != null) {
            body.put("name", name);
        }
        body.putArray("forms").add("FOCUS_GROUP");
        return body;
    }

    private JsonNode create(String user, ObjectNode body) {
        Reply reply = api.postJson(user, actorsPath(), body.toString());
        assertEquals(reply.text(), 201, reply.status());
        created.add(reply.json().get("id").asInt());
        return reply.json();
    }

    private static HttpResponse<String> post(String user, String language, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest request = authorised(HttpRequest.newBuilder(URI.create(SharedDevHost.baseUrl() + path)), user)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Accept-Language", language).POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> csv(String user, String language) throws IOException, InterruptedException {
        HttpRequest request = authorised(HttpRequest.newBuilder(URI.create(SharedDevHost.baseUrl() + API
                + "/councils/" + councilId + "/involvement.csv")), user)
                .header("Accept", "text/csv, */*;q=0.1").header("Accept-Language", language).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> csvOf(int council) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(SharedDevHost.baseUrl() + API
                + "/councils/" + council + "/involvement.csv")).header("Accept", "text/csv").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpRequest.Builder authorised(HttpRequest.Builder request, String user) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }
}
