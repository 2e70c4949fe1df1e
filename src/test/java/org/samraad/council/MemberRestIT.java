package org.samraad.council;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.samraad.testing.ErrorReplies.assertFieldErrors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.samraad.testing.HttpApi.Reply;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * Seats, composition and members over real HTTP against the dev host's public demo space UDS and its seeded
 * council. The demo seed's own members are read through the API, never assumed; everything a test adds is removed
 * afterwards. Users: secretary (space administrator, and the council's secretary), member (can edit, and a serving
 * member), reader (can view), anonymous (can view UDS).
 */
public class MemberRestIT {
    private static final String API = "/rest/samraad/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HIDDEN = "Member (name not published)";

    private final HttpApi api = SharedDevHost.api();
    private final List<Integer> createdMembers = new ArrayList<>();
    private final List<Integer> createdSeats = new ArrayList<>();
    private int councilId;

    @Before
    public void findTheDemoCouncil() {
        JsonNode items = api.get(null, API + "/councils?spaceKey=UDS").json().get("items");
        assertEquals("the demo space has one council", 1, items.size());
        councilId = items.get(0).get("id").asInt();
    }

    @After
    public void removeWhatTheTestAdded() {
        for (int id : createdMembers) {
            api.delete("secretary", API + "/members/" + id);
        }
        for (int id : createdSeats) {
            api.delete("secretary", API + "/seats/" + id);
        }
    }

    // --- members ------------------------------------------------------------------------------------------------

    @Test
    public void contactDataAndUnpublishedNamesReachOnlyCouncilMembersAndSpaceAdministrators() {
        int id = createMember("secretary", member("Hemmelig Person", "MEMBER", false)
                .put("email", "hemmelig@nordby.example").put("phone", "+45 11 22 33 44").put("postalAddress", "Gaden 1"));

        for (String outsider : new String[] {null, "reader"}) {
            JsonNode seen = find(api.get(outsider, membersPath()).json(), id);
            assertEquals(HIDDEN, seen.get("displayName").asText());
            assertTrue(seen.get("nameHidden").asBoolean());
            for (String field : List.of("name", "userKey", "email", "phone", "postalAddress", "perDiemEligible")) {
                assertTrue(outsider + " must not get " + field, seen.get(field).isNull());
            }
            assertFalse(api.get(outsider, membersPath()).text().contains("hemmelig"));
            assertFalse(api.get(outsider, API + "/members/" + id).text().contains("Hemmelig"));
        }
        for (String insider : new String[] {"secretary", "member"}) {
            JsonNode seen = api.get(insider, API + "/members/" + id).json();
            assertEquals("Hemmelig Person", seen.get("displayName").asText());
            assertEquals("hemmelig@nordby.example", seen.get("email").asText());
            assertEquals("Gaden 1", seen.get("postalAddress").asText());
        }
    }

    @Test
    public void aListIsTheStandardListShapeWithConfluenceUsersUnderTheirFullNames() {
        int id = createMember("secretary", JSON.createObjectNode().put("userKey", "8a7f8081937c5a1e01937c5a1e3a0004")
                .put("role", "OBSERVER").put("publishConsent", true));

        Reply reply = api.get(null, membersPath());

        assertEquals(200, reply.status());
        assertTrue(reply.contentType().startsWith("application/json"));
        JsonNode json = reply.json();
        assertEquals(json.get("items").size(), json.get("total").asInt());
        assertEquals(0, json.get("offset").asInt());
        assertEquals("Rita Læser", find(json, id).get("displayName").asText());
        assertEquals("OBSERVER", find(json, id).get("role").asText());
    }

    @Test
    public void changingMembersNeedsALoggedInSpaceEditor() {
        String body = member("Ny Person", "MEMBER", true).toString();

        assertEquals(401, api.postJson(null, membersPath(), body).status());
        Reply reader = api.postJson("reader", membersPath(), body);
        assertEquals(403, reader.status());
        assertEquals(403, reader.json().get("status").asInt());
        int id = createMember("member", member("Ny Person", "MEMBER", true));

        assertEquals(401, api.putJson(null, API + "/members/" + id, body).status());
        assertEquals(403, api.putJson("reader", API + "/members/" + id, body).status());
        assertEquals(401, api.delete(null, API + "/members/" + id).status());
        assertEquals(403, api.delete("reader", API + "/members/" + id).status());
    }

    @Test
    public void aMemberIsChangedWithTheVersionReadAndAStaleVersionGets409() {
        int id = createMember("member", member("Versioneret", "MEMBER", true));

        Reply changed = api.putJson("member", API + "/members/" + id,
                member("Versioneret Igen", "MEMBER", true).put("version", 0).toString());
        assertEquals(changed.text(), 200, changed.status());
        assertEquals(1, changed.json().get("version").asInt());

        Reply stale = api.putJson("member", API + "/members/" + id,
                member("Forældet", "MEMBER", true).put("version", 0).toString());
        assertEquals(409, stale.status());
        assertEquals(409, stale.json().get("status").asInt());
        assertEquals("Versioneret Igen", api.get("member", API + "/members/" + id).json().get("name").asText());

        assertEquals(204, api.delete("member", API + "/members/" + id).status());
        assertEquals(404, api.get("member", API + "/members/" + id).status());
        createdMembers.remove(Integer.valueOf(id));
    }

    @Test
    public void badInputGetsFieldErrorsInOneShape() {
        assertFieldErrors(api.postJson("member", membersPath(), "{\"name\":\"R\"}"), "role");
        assertFieldErrors(api.postJson("member", membersPath(), "{\"role\":\"MEMBER\"}"), "name");
        assertFieldErrors(api.postJson("member", membersPath(),
                "{\"name\":\"R\",\"userKey\":\"8a7f8081937c5a1e01937c5a1e3a0004\",\"role\":\"MEMBER\"}"), "userKey");
        assertFieldErrors(api.postJson("member", membersPath(), "{\"userKey\":\"no-such-key\",\"role\":\"MEMBER\"}"), "userKey");
        assertFieldErrors(api.postJson("member", membersPath(),
                "{\"name\":\"" + "x".repeat(10_000) + "\",\"role\":\"MEMBER\"}"), "name");
        assertFieldErrors(api.postJson("member", membersPath(), "{\"name\":\"R\",\"role\":\"KING\"}"), "role");
        assertFieldErrors(api.postJson("member", membersPath(),
                "{\"name\":\"R\",\"role\":\"MEMBER\",\"termStart\":\"2027-01-01\",\"termEnd\":\"2026-01-01\"}"), "termEnd");
        assertFieldErrors(api.postJson("member", membersPath(),
                "{\"name\":\"R\",\"role\":\"MEMBER\",\"email\":\"not an address\",\"phone\":\"call me\"}"), "email", "phone");
        assertFieldErrors(api.postJson("member", membersPath(), "{\"name\":\"R\",\"role\":\"MEMBER\",\"seatId\":999999}"), "seatId");
        assertFieldErrors(api.postJson("member", membersPath(),
                "{\"name\":\"R\",\"role\":\"SUBSTITUTE\",\"substituteForId\":999999}"), "substituteForId");
    }

    @Test
    public void wrongTypesUnknownFieldsAndMalformedJsonAre400WithoutParserInternals() {
        assertFieldErrors(api.postJson("member", membersPath(), "{\"name\":123,\"role\":\"MEMBER\"}"), "name");
        assertFieldErrors(api.postJson("member", membersPath(), "{\"name\":\"R\",\"role\":\"MEMBER\",\"seatId\":\"one\"}"), "seatId");
        assertFieldErrors(api.postJson("member", membersPath(), "{\"name\":\"R\",\"role\":\"MEMBER\",\"perDiemEligible\":\"yes\"}"), "perDiemEligible");
        assertFieldErrors(api.postJson("member", membersPath(), "{\"name\":\"R\",\"role\":\"MEMBER\",\"termStart\":\"someday\"}"), "termStart");
        assertFieldErrors(api.postJson("member", membersPath(), "{\"name\":\"R\",\"role\":\"MEMBER\",\"version\":0.5}"), "version");
        assertFieldErrors(api.postJson("member", membersPath(), "{\"name\":\"R\",\"role\":\"MEMBER\",\"cpr\":\"010101-1234\"}"), "cpr");

        Reply malformed = api.postJson("member", membersPath(), "{\"name\":\"R\",\"role\":");
        assertEquals(400, malformed.status());
        assertEquals(400, malformed.json().get("status").asInt());
        assertFalse(malformed.text().contains("end-of-input"));
        Reply array = api.postJson("member", membersPath(), "[1,2]");
        assertEquals(400, array.status());
    }

    @Test
    public void mutationsAcceptOnlyJson() {
        int before = api.get("member", membersPath()).json().get("total").asInt();
        Reply form = api.send("member", "POST", membersPath(), "application/x-www-form-urlencoded", "name=R&role=MEMBER");
        assertTrue("form posts are refused, got " + form.status(), form.status() == 403 || form.status() == 415);
        Reply text = api.send("member", "POST", membersPath(), "text/plain", "{\"name\":\"R\",\"role\":\"MEMBER\"}");
        assertTrue("text posts are refused, got " + text.status(), text.status() == 403 || text.status() == 415);
        assertEquals(before, api.get("member", membersPath()).json().get("total").asInt());
    }

    @Test
    public void unknownCouncilsAndMembersAre404AndErrorsCarryNoStackTrace() throws Exception {
        for (String path : List.of(API + "/councils/999999/members", API + "/members/999999",
                API + "/councils/999999/composition", API + "/councils/999999/seats")) {
            Reply reply = api.get("secretary", path);
            assertEquals(path, 404, reply.status());
        }
        assertEquals(404, csv("secretary", 999_999).statusCode());
        Reply notANumber = api.get(null, API + "/members/not-a-number");
        assertEquals(404, notANumber.status());
        assertFalse(notANumber.text().contains("Exception"));
        assertEquals(404, api.delete("secretary", API + "/members/999999").status());
        assertEquals(404, api.putJson("secretary", API + "/members/999999",
                member("X", "MEMBER", true).put("version", 0).toString()).status());
    }

    // --- seats and composition ------------------------------------------------------------------------------

    @Test
    public void aSpaceEditorAddsSeatsAndTheCompositionCountsThem() {
        JsonNode before = api.get(null, API + "/councils/" + councilId + "/composition").json();
        int seat = createSeat("member", "{\"group\":\"USER_ORGANISATION\",\"label\":\"Brugerorganisation (test)\",\"requiredCount\":2}");
        int holder = createMember("member", member("Organisationsrepræsentant", "MEMBER", true).put("seatId", seat));
        createMember("member", member("Suppleant for repræsentanten", "SUBSTITUTE", true).put("seatId", seat)
                .put("substituteForId", holder));

        JsonNode composition = api.get(null, API + "/councils/" + councilId + "/composition").json();
        assertEquals(before.get("required").asInt() + 2, composition.get("required").asInt());
        assertEquals(before.get("vacancies").asInt() + 1, composition.get("vacancies").asInt());
        assertFalse(composition.get("complete").asBoolean());
        JsonNode status = null;
        for (JsonNode s : composition.get("seats")) {
            if (s.get("seatId").asInt() == seat) {
                status = s;
            }
        }
        assertEquals(2, status.get("required").asInt());
        assertEquals("the substitute does not fill the seat", 1, status.get("filled").asInt());
        assertEquals(1, status.get("vacancies").asInt());
        assertEquals(90, composition.get("termEndingWithinDays").asInt());
        // the council's today, in its zone: from 23:00 UTC Copenhagen is a day ahead of the machine
        assertEquals(LocalDate.now(CouncilZone.COPENHAGEN).toString(), composition.get("date").asText());

        JsonNode seats = api.get(null, API + "/councils/" + councilId + "/seats").json();
        assertTrue(seats.get("total").asInt() >= 1);
    }

    @Test
    public void aSeatHeldByAMemberCannotBeDeletedAndAStaleSeatUpdateGets409() {
        int seat = createSeat("member", "{\"group\":\"STAFF\",\"requiredCount\":1}");
        createMember("member", member("Medarbejder", "MEMBER", true).put("seatId", seat));

        Reply occupied = api.delete("member", API + "/seats/" + seat);
        assertEquals(409, occupied.status());
        assertFalse(occupied.json().get("message").asText().isBlank());

        assertEquals(200, api.putJson("member", API + "/seats/" + seat, "{\"group\":\"STAFF\",\"requiredCount\":2,\"version\":0}").status());
        assertEquals(409, api.putJson("member", API + "/seats/" + seat, "{\"group\":\"STAFF\",\"requiredCount\":3,\"version\":0}").status());
        assertFieldErrors(api.postJson("member", API + "/councils/" + councilId + "/seats", "{\"group\":\"KINGS\",\"requiredCount\":0}"),
                "group", "requiredCount");
        assertEquals(403, api.postJson("reader", API + "/councils/" + councilId + "/seats", "{\"group\":\"STAFF\",\"requiredCount\":1}").status());
        assertEquals(401, api.delete(null, API + "/seats/" + seat).status());
    }

    @Test
    public void onlyASpaceAdministratorMayOverFillASeat() {
        int seat = createSeat("member", "{\"group\":\"MANAGEMENT\",\"requiredCount\":1}");
        createMember("member", member("Centerchef", "MEMBER", true).put("seatId", seat));
        ObjectNode second = member("Ny centerchef", "MEMBER", true).put("seatId", seat);

        assertFieldErrors(api.postJson("member", membersPath(), second.toString()), "seatId");
        assertFieldErrors(api.postJson("member", membersPath(), second.put("force", true).toString()), "seatId");
        createMember("secretary", second);
    }

    // --- CSV ----------------------------------------------------------------------------------------------------

    @Test
    public void theCsvIsUtf8WithABomSemicolonsAndTheSameVisibility() throws Exception {
        createMember("secretary", member("Åse Ørsted; \"Sørensen\"", "MEMBER", true).put("email", "aase@nordby.example"));
        createMember("secretary", member("Ikke Offentlig", "MEMBER", false).put("phone", "+45 99 88 77 66"));

        HttpResponse<byte[]> anonymous = csv(null);
        assertEquals(200, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(anonymous.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        byte[] bytes = anonymous.body();
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFName;Role;Seat;"));
        assertTrue(text.contains("\"Åse Ørsted; \"\"Sørensen\"\"\";Member;"));
        assertTrue(text.contains(HIDDEN));
        assertFalse(text.contains("Ikke Offentlig"));
        assertFalse(text.contains("aase@nordby.example"));
        assertFalse(text.contains("99 88 77 66"));

        String reader = new String(csv("reader").body(), StandardCharsets.UTF_8);
        assertFalse(reader.contains("Ikke Offentlig"));

        String secretary = new String(csv("secretary").body(), StandardCharsets.UTF_8);
        assertTrue(secretary.contains("Ikke Offentlig"));
        assertTrue(secretary.contains("aase@nordby.example"));
        assertTrue(secretary.contains("'+45 99 88 77 66"));
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private String membersPath() {
        return API + "/councils/" + councilId + "/members";
    }

    private static ObjectNode member(String name, String role, boolean consent) {
        return JSON.createObjectNode().put("name", name).put("role", role).put("publishConsent", consent);
    }

    private int createMember(String user, ObjectNode body) {
        Reply reply = api.postJson(user, membersPath(), body.toString());
        assertEquals(reply.text(), 201, reply.status());
        int id = reply.json().get("id").asInt();
        createdMembers.add(0, id);
        return id;
    }

    private int createSeat(String user, String body) {
        Reply reply = api.postJson(user, API + "/councils/" + councilId + "/seats", body);
        assertEquals(reply.text(), 201, reply.status());
        int id = reply.json().get("id").asInt();
        createdSeats.add(id);
        return id;
    }

    private static JsonNode find(JsonNode list, int id) {
        for (JsonNode item : list.get("items")) {
            if (item.get("id").asInt() == id) {
                return item;
            }
        }
        throw new AssertionError("member " + id + " not in " + list);
    }

    /** The CSV as a spreadsheet or browser asks for it (HttpApi always asks for JSON). */
    private HttpResponse<byte[]> csv(String user) throws IOException, InterruptedException {
        return csv(user, councilId);
    }

    private HttpResponse<byte[]> csv(String user, int council) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create(SharedDevHost.baseUrl() + API + "/councils/" + council + "/members.csv"))
                .header("Accept", "text/csv, */*;q=0.1").GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
