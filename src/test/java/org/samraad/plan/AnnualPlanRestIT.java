package org.samraad.plan;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpInLanguage;
import org.samraad.testing.HttpApi.Reply;
import org.samraad.testing.SharedDevHost;

/**
 * The annual plan, meeting series and calendar feeds over real HTTP against the dev host's demo council in the
 * public space UDS (secretary: space administrator, member: editor, reader: viewer, anonymous: viewer). Everything a
 * test adds lies in 2099 and is removed afterwards.
 */
public class AnnualPlanRestIT {
    private static final String API = "/rest/samraad/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpApi api = SharedDevHost.api();
    private final List<Integer> meetings = new ArrayList<>();
    private final List<Integer> entries = new ArrayList<>();
    private int councilId;

    @Before
    public void findTheDemoCouncil() {
        councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
    }

    @After
    public void removeWhatTheTestAdded() {
        meetings.forEach(id -> api.delete("secretary", API + "/meetings/" + id));
        entries.forEach(id -> api.delete("secretary", API + "/plan-entries/" + id));
        api.delete("reader", API + "/councils/" + councilId + "/calendar-feeds");
    }

    @Test
    public void anEditorAddsChangesAndDeletesAnEntryAndThePlanMergesItWithMeetings() {
        Reply created = api.postJson("member", API + "/councils/" + councilId + "/plan-entries",
                entry("Temadag om hjemløshed", "2099-03-03").put("startTime", "09:00").toString());
        assertEquals(created.text(), 201, created.status());
        int id = created.json().get("id").asInt();
        entries.add(id);
        planSeries("2099", "[3]");

        JsonNode plan = api.get(null, API + "/councils/" + councilId + "/plan?year=2099").json();
        assertEquals("Europe/Copenhagen", plan.get("zone").asText());
        assertEquals(2, plan.get("items").size());
        assertEquals("ENTRY", plan.get("items").get(0).get("source").asText());
        assertEquals("09:00", plan.get("items").get(0).get("startTime").asText().substring(0, 5));
        assertEquals("MEETING", plan.get("items").get(1).get("source").asText());

        Reply changed = api.putJson("member", API + "/plan-entries/" + id,
                entry("Temadag om bolig", "2099-03-04").put("version", 0).toString());
        assertEquals(changed.text(), 200, changed.status());
        Reply stale = api.putJson("secretary", API + "/plan-entries/" + id,
                entry("Gammel", "2099-03-04").put("version", 0).toString());
        assertEquals(stale.text(), 409, stale.status());
        assertEquals(409, api.delete("member", API + "/plan-entries/" + id + "?version=0").status());
        assertEquals(204, api.delete("member", API + "/plan-entries/" + id + "?version=1").status());
        assertEquals(404, api.get(null, API + "/plan-entries/" + id).status());
    }

    @Test
    public void changingAnEntryInPlaceKeepsTheChecksOfTheApiInEveryLanguage() {
        Reply created = api.postJson("member", API + "/councils/" + councilId + "/plan-entries",
                entry("Kampagne", "2099-05-05").toString());
        assertEquals(created.text(), 201, created.status());
        int id = created.json().get("id").asInt();
        entries.add(id);
        String path = API + "/plan-entries/" + id;

        assertEquals(401, api.putJson(null, path, entry("x", "2099-05-06").put("version", 0).toString()).status());
        assertEquals("a reader may not change an entry", 403,
                api.putJson("reader", path, entry("x", "2099-05-06").put("version", 0).toString()).status());
        Map<String, String> required = Map.of("en", "This field is required.", "da", "Feltet skal udfyldes.",
                "sv", "Fältet måste fyllas i.");
        for (Map.Entry<String, String> language : required.entrySet()) {
            Reply blank = HttpInLanguage.send(language.getKey(), "member", "PUT", path,
                    entry(" ", "2099-05-06").put("version", 0).toString());
            assertEquals(blank.text(), 400, blank.status());
            assertEquals(Set.of("title"), errorFields(blank));
            assertEquals(language.getValue(), blank.json().get("errors").get(0).get("message").asText());
        }
        JsonNode unchanged = api.get(null, path).json();
        assertEquals("Kampagne", unchanged.get("title").asText());
        assertEquals(0, unchanged.get("version").asInt());
    }

    @Test
    public void wrongInputIsFieldErrorsAndOnlyEditorsWrite() {
        Reply invalid = api.postJson("member", API + "/councils/" + councilId + "/plan-entries",
                "{\"kind\":\"PARTY\",\"title\":\" \",\"date\":\"soon\"}");
        assertEquals(invalid.text(), 400, invalid.status());
        assertEquals(Set.of("kind", "title", "date"), errorFields(invalid));
        assertEquals(403, api.postJson("reader", API + "/councils/" + councilId + "/plan-entries",
                entry("x", "2099-01-01").toString()).status());
        assertEquals(401, api.postJson(null, API + "/councils/" + councilId + "/plan-entries",
                entry("x", "2099-01-01").toString()).status());

        Reply series = api.postJson("member", API + "/councils/" + councilId + "/meetings/series",
                "{\"pattern\":\"MONTHLY\",\"year\":2099,\"months\":[13],\"week\":\"9\",\"weekday\":\"TUESDAY\","
                        + "\"startTime\":\"25:00\"}");
        assertEquals(series.text(), 400, series.status());
        assertEquals(Set.of("months", "week", "startTime"), errorFields(series));
        assertEquals(403, api.postJson("reader", API + "/councils/" + councilId + "/meetings/series",
                "{\"pattern\":\"WEEKLY\",\"firstDate\":\"2099-01-01\",\"everyWeeks\":1,\"count\":1,"
                        + "\"startTime\":\"10:00\"}").status());
        assertEquals(400, api.get(null, API + "/councils/" + councilId + "/plan?year=twenty").status());
    }

    @Test
    public void theCouncilCalendarAndASecretAddressServeTheSeries() throws Exception {
        planSeries("2099", "[3, 6, 9, 12]");
        HttpResponse<String> calendar = ics(API + "/councils/" + councilId + "/calendar.ics");
        assertEquals(200, calendar.statusCode());
        assertTrue(calendar.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        Set<String> uids = CouncilCalendarTest.events(calendar.body()).keySet();
        for (int id : meetings) {
            assertTrue(uids.contains("meeting-" + id + "@samraad.UDS"));
        }

        Reply feed = api.postJson("reader", API + "/councils/" + councilId + "/calendar-feeds", "{}");
        assertEquals(feed.text(), 201, feed.status());
        String path = feed.json().get("path").asText();
        HttpResponse<String> secret = ics(path);
        assertEquals(200, secret.statusCode());
        assertEquals(uids, CouncilCalendarTest.events(secret.body()).keySet());

        assertEquals(204, api.delete("reader", API + "/councils/" + councilId + "/calendar-feeds").status());
        assertEquals(404, ics(path).statusCode());
        assertEquals(401, api.postJson(null, API + "/councils/" + councilId + "/calendar-feeds", "{}").status());
    }

    private void planSeries(String year, String months) {
        Reply reply = api.postJson("secretary", API + "/councils/" + councilId + "/meetings/series",
                "{\"pattern\":\"MONTHLY\",\"year\":" + year + ",\"months\":" + months + ",\"week\":\"2\","
                        + "\"weekday\":\"TUESDAY\",\"startTime\":\"16:00\",\"endTime\":\"18:00\"}");
        assertEquals(reply.text(), 201, reply.status());
        reply.json().get("items").forEach(m -> meetings.add(m.get("id").asInt()));
    }

    private static ObjectNode entry(String title, String date) {
        return JSON.createObjectNode().put("kind", "THEME_DAY").put("title", title).put("date", date);
    }

    private static Set<String> errorFields(Reply reply) {
        Set<String> fields = new TreeSet<>();
        reply.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private static HttpResponse<String> ics(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(SharedDevHost.baseUrl() + path))
                .header("Accept", "text/calendar, */*").GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
