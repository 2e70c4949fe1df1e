package org.samraad.budget;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.samraad.testing.ErrorReplies;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpApi.Reply;
import org.samraad.testing.SharedDevHost;

/**
 * Budget and per-diems over real HTTP against the dev host's demo council in UDS (secretary: space administrator and
 * the council's secretary; member: editor and vice chair; reader: viewer; anonymous: viewer). A meeting two years
 * ahead is held with members of the demo council, two of whom receive per-diems for the test; that year's budget
 * and the meeting's list are the test's. Members get their per-diem flag back afterwards and the meeting is removed.
 */
public class BudgetRestIT {
    private static final String API = "/rest/samraad/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Within the demo members' terms (from a year ago to three years ahead), and a year no other test uses. */
    private static final String YEAR = String.valueOf(java.time.LocalDate.now().getYear() + 2);

    private final HttpApi api = SharedDevHost.api();
    private final List<Integer> meetings = new ArrayList<>();
    private final Map<Integer, Boolean> flags = new HashMap<>();
    private int councilId;

    @Before
    public void findTheDemoCouncil() {
        councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
    }

    @After
    public void putBackWhatTheTestChanged() {
        for (int meeting : meetings) {
            JsonNode list = api.get("secretary", API + "/meetings/" + meeting + "/per-diems").json();
            if (list.path("approved").asBoolean()) {
                api.putJson("secretary", API + "/meetings/" + meeting + "/per-diems", JSON.createObjectNode()
                        .put("approved", false).put("version", list.get("version").asInt()).toString());
            }
            api.delete("secretary", API + "/meetings/" + meeting);
        }
        flags.forEach(this::perDiemFlag);
    }

    @Test
    public void theSecretarySavesTheBudgetAndAStaleVersionIsAConflict() {
        JsonNode before = api.get("secretary", API + "/councils/" + councilId + "/budget?year=" + YEAR).json();
        Reply saved = api.putJson("secretary", API + "/councils/" + councilId + "/budget?year=" + YEAR,
                budget(before.get("version").asInt()).toString());
        assertEquals(saved.text(), 200, saved.status());
        JsonNode budget = saved.json();
        assertEquals(Integer.parseInt(YEAR), budget.get("year").asInt());
        assertEquals("DKK", budget.get("currency").asText());
        assertEquals(2_500_000L, budget.get("planned").asLong());
        assertEquals("PER_DIEMS", budget.get("lines").get(0).get("category").asText());
        assertEquals(1_200_000L, budget.get("lines").get(0).get("planned").asLong());
        assertEquals(45_000L, budget.get("rates").get("perMeeting").asLong());
        assertEquals(budget, api.get("secretary", API + "/councils/" + councilId + "/budget?year=" + YEAR).json());

        Reply stale = api.putJson("secretary", API + "/councils/" + councilId + "/budget?year=" + YEAR,
                budget(before.get("version").asInt()).toString());
        assertEquals(stale.text(), 409, stale.status());
    }

    @Test
    public void budgetAndPerDiemsAreForbiddenToAllButTheSecretariat() {
        int meeting = heldMeeting();
        for (String user : new String[] {"member", "reader"}) {
            assertEquals(403, api.get(user, API + "/councils/" + councilId + "/budget?year=" + YEAR).status());
            assertEquals(403, api.putJson(user, API + "/councils/" + councilId + "/budget?year=" + YEAR,
                    budget(0).toString()).status());
            assertEquals(403, api.get(user, API + "/meetings/" + meeting + "/per-diems").status());
            assertEquals(403, api.putJson(user, API + "/meetings/" + meeting + "/per-diems",
                    "{\"approved\": true, \"version\": 0}").status());
            assertEquals(403, api.getAccepting(user, API + "/councils/" + councilId + "/per-diems.csv?year=" + YEAR,
                    "text/csv").status());
            JsonNode report = api.get(user, API + "/councils/" + councilId + "/report").json();
            assertTrue("no spending in the report for " + user, report.has("meetings") && report.path("budget")
                    .isMissingNode() || report.get("budget").isNull());
        }
        assertEquals(401, api.get(null, API + "/councils/" + councilId + "/budget?year=" + YEAR).status());
        ErrorReplies.assertNotFound(api.get("secretary", API + "/councils/999999/budget"));
    }

    @Test
    public void theMeetingsPerDiemListFollowsAttendanceAndApprovalFreezesIt() throws Exception {
        int before = api.get("secretary", API + "/councils/" + councilId + "/budget?year=" + YEAR).json()
                .get("version").asInt();
        api.putJson("secretary", API + "/councils/" + councilId + "/budget?year=" + YEAR, budget(before).toString());
        int meeting = heldMeeting();

        JsonNode list = api.get("secretary", API + "/meetings/" + meeting + "/per-diems").json();
        assertEquals(List.of("Karin Holm", "Sofie Lund"), names(list));
        assertTrue("Sofie came for Per Ravn", list.get("items").get(1).get("substitute").asBoolean());
        assertEquals(100_000L, list.get("total").asLong());
        assertFalse(list.get("approved").asBoolean());

        Reply approved = api.putJson("secretary", API + "/meetings/" + meeting + "/per-diems",
                JSON.createObjectNode().put("approved", true).put("version", list.get("version").asInt()).toString());
        assertEquals(approved.text(), 200, approved.status());
        assertTrue(approved.json().get("approved").asBoolean());
        Reply again = api.putJson("secretary", API + "/meetings/" + meeting + "/per-diems",
                JSON.createObjectNode().put("approved", true).put("version", approved.json().get("version").asInt())
                        .toString());
        assertEquals(again.text(), 409, again.status());
        Reply stale = api.putJson("secretary", API + "/meetings/" + meeting + "/per-diems",
                JSON.createObjectNode().put("approved", false).put("version", 0).toString());
        assertEquals(stale.text(), 409, stale.status());

        JsonNode budget = api.get("secretary", API + "/councils/" + councilId + "/budget?year=" + YEAR).json();
        assertEquals(100_000L, budget.get("approvedPerDiems").asLong());
        assertEquals(1, budget.get("approvedMeetings").asInt());

        HttpResponse<byte[]> csv = csv("secretary", "da");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        byte[] bytes = csv.body();
        assertEquals("UTF-8 byte-order mark", 0xEF, bytes[0] & 0xFF);
        assertEquals(0xBB, bytes[1] & 0xFF);
        assertEquals(0xBF, bytes[2] & 0xFF);
        // the comma is the decimal sign: CsvWriter quotes such cells, and Danish Excel reads "450,00" as a number
        String[] lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertEquals("Dato;Møde;Navn;Stedfortræder;Kilometer;Diæt;Transport;Beløb;Valuta", lines[0]);
        assertTrue(lines[1], lines[1].endsWith(";Karin Holm;Nej;;\"450,00\";\"50,00\";\"500,00\";DKK"));
        assertTrue(lines[2], lines[2].endsWith(";Sofie Lund;Ja;;\"450,00\";\"50,00\";\"500,00\";DKK"));
        assertTrue(new String(csv("secretary", "sv").body(), StandardCharsets.UTF_8)
                .startsWith("\uFEFFDatum;Möte;Namn;Ersättare;Kilometer;Arvode;Resa;Belopp;Valuta\r\n"));
    }

    @Test
    public void wrongInputIsFieldErrorsInTheCallersLanguage() throws Exception {
        ObjectNode wrong = JSON.createObjectNode().put("currency", "NOK").put("version", 0);
        wrong.putArray("lines").add(JSON.createObjectNode().put("category", "CAKE").put("planned", -1));
        wrong.putObject("rates").put("transport", "BUS");
        Map<String, String> required = Map.of("en", "Choose one of the listed values.",
                "da", "Vælg en af de viste værdier.", "sv", "Välj ett av de angivna värdena.");
        for (Map.Entry<String, String> language : required.entrySet()) {
            HttpResponse<String> reply = send("secretary", "PUT", API + "/councils/" + councilId
                    + "/budget?year=" + YEAR, wrong.toString(), language.getKey());
            assertEquals(reply.body(), 400, reply.statusCode());
            JsonNode errors = JSON.readTree(reply.body()).get("errors");
            Map<String, String> byField = new HashMap<>();
            errors.forEach(e -> byField.put(e.get("field").asText(), e.get("message").asText()));
            assertEquals(reply.body(), java.util.Set.of("currency", "lines[0].category", "lines[0].planned",
                    "rates.transport"), byField.keySet());
            assertEquals(language.getValue(), byField.get("currency"));
        }
        int meeting = heldMeeting();
        ArrayNode lines = JSON.createArrayNode().add(JSON.createObjectNode().put("memberId", 999_999).put("km", -2));
        ObjectNode perDiems = JSON.createObjectNode().put("version", 0).set("lines", lines);
        HttpResponse<String> danish = send("secretary", "PUT", API + "/meetings/" + meeting + "/per-diems",
                perDiems.toString(), "da");
        assertEquals(danish.body(), 400, danish.statusCode());
        assertTrue(danish.body(), danish.body().contains("Angiv afstanden som et helt antal kilometer fra 0 til"));
        HttpResponse<String> swedish = send("secretary", "PUT", API + "/meetings/" + meeting + "/per-diems",
                perDiems.toString(), "sv");
        assertTrue(swedish.body(), swedish.body().contains("Välj en ledamot som står på arvodeslistan"));
    }

    // --- helpers

    private static ObjectNode budget(int version) {
        ObjectNode body = JSON.createObjectNode().put("version", version);
        body.putArray("lines")
                .add(JSON.createObjectNode().put("category", "PER_DIEMS").put("planned", 1_200_000).put("spent", 0))
                .add(JSON.createObjectNode().put("category", "CATERING").put("planned", 600_000).put("spent", 212_550))
                .add(JSON.createObjectNode().put("category", "TRANSPORT").put("planned", 200_000).put("spent", 0))
                .add(JSON.createObjectNode().put("category", "THEME_DAYS").put("planned", 500_000).put("spent", 0));
        body.putObject("rates").put("perMeeting", 45_000).put("transport", "FIXED").put("transportAmount", 5_000);
        return body;
    }

    /**
     * A meeting two years ahead, held, with the demo's people: Karin Holm and Jonas Bech present, Sofie Lund for Per Ravn;
     * Karin and Sofie receive per-diems, Jonas does not (he sits on the city council).
     */
    private int heldMeeting() {
        Reply created = api.postJson("secretary", API + "/councils/" + councilId + "/meetings", JSON.createObjectNode()
                .put("kind", "ORDINARY").put("date", YEAR + "-03-10").put("startTime", "16:00").toString());
        assertEquals(created.text(), 201, created.status());
        int meeting = created.json().get("id").asInt();
        meetings.add(meeting);
        Map<String, Integer> members = new HashMap<>();
        api.get("secretary", API + "/councils/" + councilId + "/members?limit=500").json().get("items")
                .forEach(m -> members.put(m.get("displayName").asText(), m.get("id").asInt()));
        flag(members.get("Karin Holm"), true);
        flag(members.get("Jonas Bech"), false);
        flag(members.get("Sofie Lund"), true);
        ObjectNode attendance = JSON.createObjectNode().put("version", 0);
        attendance.putArray("lines")
                .add(JSON.createObjectNode().put("memberId", members.get("Karin Holm")).put("status", "PRESENT"))
                .add(JSON.createObjectNode().put("memberId", members.get("Jonas Bech")).put("status", "PRESENT"))
                .add(JSON.createObjectNode().put("memberId", members.get("Per Ravn"))
                        .put("status", "SUBSTITUTE_ATTENDED").put("substituteId", members.get("Sofie Lund")));
        Reply recorded = api.putJson("secretary", API + "/meetings/" + meeting + "/attendance", attendance.toString());
        assertEquals(recorded.text(), 200, recorded.status());
        Reply held = api.postJson("secretary", API + "/meetings/" + meeting + "/transition", JSON.createObjectNode()
                .put("to", "HELD").put("version", 0).put("confirm", true).toString());
        assertEquals(held.text(), 200, held.status());
        return meeting;
    }

    private void flag(int memberId, boolean eligible) {
        JsonNode member = api.get("secretary", API + "/members/" + memberId).json();
        flags.putIfAbsent(memberId, member.get("perDiemEligible").asBoolean());
        perDiemFlag(memberId, eligible);
    }

    private void perDiemFlag(int memberId, boolean eligible) {
        JsonNode member = api.get("secretary", API + "/members/" + memberId).json();
        ObjectNode input = JSON.createObjectNode();
        for (String field : new String[] {"userKey", "name", "role", "seatId", "organisationId", "substituteForId",
                "termStart", "termEnd", "publishConsent", "email", "phone", "postalAddress", "version"}) {
            if (member.hasNonNull(field)) {
                input.set(field, member.get(field));
            }
        }
        input.put("perDiemEligible", eligible).put("force", true);
        Reply saved = api.putJson("secretary", API + "/members/" + memberId, input.toString());
        assertEquals(saved.text(), 200, saved.status());
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.get("items").forEach(item -> names.add(item.get("name").asText()));
        return names;
    }

    private static HttpResponse<byte[]> csv(String user, String language) throws IOException, InterruptedException {
        HttpRequest request = authorised(HttpRequest.newBuilder(URI.create(SharedDevHost.baseUrl() + API
                + "/councils/" + councilIdOf() + "/per-diems.csv?year=" + YEAR)), user)
                .header("Accept", "text/csv, */*;q=0.1").header("Accept-Language", language).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static int councilIdOf() {
        return SharedDevHost.api().get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id")
                .asInt();
    }

    private static HttpResponse<String> send(String user, String method, String path, String json, String language)
            throws IOException, InterruptedException {
        HttpRequest request = authorised(HttpRequest.newBuilder(URI.create(SharedDevHost.baseUrl() + path)), user)
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .header("Accept-Language", language)
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder authorised(HttpRequest.Builder request, String user) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }
}
