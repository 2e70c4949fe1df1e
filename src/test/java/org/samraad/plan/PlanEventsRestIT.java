package org.samraad.plan;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpApi.Reply;
import org.samraad.testing.SharedDevHost;

/**
 * Events on the annual plan over real HTTP against the demo council in UDS: seed 004's health day with 90 visitors
 * and its two-day conference staffed from three organisations, each one entry; field errors in the caller's
 * language; a stale version is a conflict. Everything lies in 2099 and is removed afterwards.
 */
public class PlanEventsRestIT {
    private static final String API = "/rest/samraad/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpApi api = SharedDevHost.api();
    private final List<Integer> entries = new ArrayList<>();
    private int councilId;
    private final List<Integer> organisations = new ArrayList<>();
    private final List<String> organisationNames = new ArrayList<>();

    @Before
    public void findTheDemoCouncilAndItsOrganisations() {
        councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
        api.get(null, API + "/organisations?spaceKey=UDS").json().get("items").forEach(o -> {
            organisations.add(o.get("id").asInt());
            organisationNames.add(o.get("name").asText());
        });
        assertTrue("the demo has three organisations", organisations.size() >= 3);
    }

    @After
    public void removeWhatTheTestAdded() {
        entries.forEach(id -> api.delete("secretary", API + "/plan-entries/" + id));
    }

    @Test
    public void theHealthDayAndTheTwoDayConferenceAreOneEntryEachInThePlan() {
        JsonNode healthDay = create(JSON.createObjectNode().put("kind", "EVENT").put("title", "Vårfest/hälsodag")
                .put("date", "2099-05-17").put("place", "Drottninghögs centrum").put("visitors", 90));
        ObjectNode conference = JSON.createObjectNode().put("kind", "CONFERENCE").put("title", "CurioCity Mashup")
                .put("date", "2099-06-01").put("endDate", "2099-06-02").put("startTime", "09:00")
                .put("endTime", "16:00").put("place", "Helsingborg");
        conference.putArray("staff")
                .add(JSON.createObjectNode().put("name", "Leif Redestig").put("organisationId", organisations.get(0)))
                .add(JSON.createObjectNode().put("name", "Ia Jonsson").put("organisationId", organisations.get(1)))
                .add(JSON.createObjectNode().put("name", "Therese Jarland").put("organisationId", organisations.get(2)));
        JsonNode created = create(conference);
        assertEquals(90, healthDay.get("visitors").asInt());
        assertEquals("2099-06-02", created.get("endDate").asText());

        JsonNode items = api.get(null, API + "/councils/" + councilId + "/plan?year=2099").json().get("items");
        assertEquals(2, items.size());
        assertEquals(90, items.get(0).get("visitors").asInt());
        JsonNode staff = items.get(1).get("staff");
        assertEquals(3, staff.size());
        assertEquals("Ia Jonsson", staff.get(1).get("name").asText());
        assertEquals(organisationNames.get(1), staff.get(1).get("organisationName").asText());
        assertEquals("2099-06-02", items.get(1).get("endDate").asText());

        Reply stale = api.putJson("member", API + "/plan-entries/" + created.get("id").asInt(),
                conference.put("visitors", 250).put("version", 7).toString());
        assertEquals(stale.text(), 409, stale.status());
        Reply changed = api.putJson("member", API + "/plan-entries/" + created.get("id").asInt(),
                conference.put("version", 0).toString());
        assertEquals(changed.text(), 200, changed.status());
        assertEquals(250, changed.json().get("visitors").asInt());
        assertEquals(403, api.postJson("reader", API + "/councils/" + councilId + "/plan-entries",
                conference.toString()).status());
    }

    @Test
    public void everyNewFieldIsAFieldErrorInTheCallersLanguage() throws Exception {
        ObjectNode wrong = JSON.createObjectNode().put("kind", "EVENT").put("title", "Frukostdialog")
                .put("date", "2099-05-31").put("endDate", "2099-05-30").put("visitors", -1);
        wrong.putArray("staff").add(JSON.createObjectNode().put("name", " "))
                .add(JSON.createObjectNode().put("organisationId", 999_999));
        Map<String, String> endDate = Map.of("en", "The last day cannot be before the first day.",
                "da", "Sidste dag kan ikke ligge før første dag.", "sv", "Sista dagen kan inte vara före första dagen.");
        for (Map.Entry<String, String> language : endDate.entrySet()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(SharedDevHost.baseUrl() + API + "/councils/"
                    + councilId + "/plan-entries"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            "member:member".getBytes(StandardCharsets.UTF_8)))
                    .header("Accept", "application/json").header("Content-Type", "application/json")
                    .header("Accept-Language", language.getKey())
                    .POST(HttpRequest.BodyPublishers.ofString(wrong.toString(), StandardCharsets.UTF_8)).build();
            HttpResponse<String> reply = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(reply.body(), 400, reply.statusCode());
            Map<String, String> byField = new HashMap<>();
            JSON.readTree(reply.body()).get("errors").forEach(e -> byField.put(e.get("field").asText(),
                    e.get("message").asText()));
            assertEquals(reply.body(), Set.of("endDate", "visitors", "staff[0].name", "staff[1].organisationId"),
                    byField.keySet());
            assertEquals(language.getValue(), byField.get("endDate"));
        }
    }

    private JsonNode create(ObjectNode body) {
        Reply reply = api.postJson("member", API + "/councils/" + councilId + "/plan-entries", body.toString());
        assertEquals(reply.text(), 201, reply.status());
        entries.add(reply.json().get("id").asInt());
        return reply.json();
    }
}
