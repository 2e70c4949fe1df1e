package org.samraad.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.samraad.testing.ErrorReplies.assertFieldErrors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.samraad.meeting.HostMeetings;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpApi.Reply;
import org.samraad.testing.SharedDevHost;

/**
 * Bad input over real HTTP against the dev host's demo council UDS: every text field of every input refuses control
 * characters and half surrogate pairs with a field error, every date field and date parameter refuses days outside
 * the one range (and year 0, negative and five-digit years) with a field error, and no answer, whatever the body,
 * is a 500 or names a Java class.
 */
public class BadInputIT {
    private static final String API = "/rest/samraad/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What would give away the implementation: a package-qualified class name, or an exception's name. */
    private static final Pattern JAVA_CLASS = Pattern.compile("\\b(java|javax|jakarta|com|org|sun)\\.[a-z]+\\.|Exception");
    private static final List<String> BAD_DAYS = List.of("9999-12-31", "-0001-01-01", "+10000-01-01", "0000-01-01",
            "1899-12-31", "2101-01-01");

    private final HttpApi api = SharedDevHost.api();
    private final HostMeetings meetings = new HostMeetings();
    private final List<Integer> seats = new ArrayList<>();
    private int councilId;
    private int meetingId;

    @Before
    public void theDemoCouncilAndAMeetingOfItsOwn() {
        councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
        meetingId = meetings.create(councilId, "Møde, bad-input-test", LocalDateTime.of(2026, 11, 12, 17, 0), null);
    }

    @After
    public void removeTheMeeting() {
        meetings.removeAll();
    }

    // --- point 15: one text rule for every text field

    @Test
    public void everyOneLineFieldRefusesControlCharactersLineBreaksAndHalfSurrogatesAlike() {
        String councils = API + "/councils";
        oneLine("secretary", councils, object("spaceKey", "INT", "name", "R", "kind", "OTHER"), "spaceKey", "name",
                "meetingTitlePattern");
        String organisations = API + "/organisations";
        oneLine("member", organisations, object("spaceKey", "UDS", "name", "O", "kind", "OTHER"), "spaceKey", "name",
                "website", "contactName", "contactEmail", "contactPhone");
        oneLine("member", API + "/councils/" + councilId + "/seats", object("group", "STAFF").put("requiredCount", 1),
                "label");
        String members = API + "/councils/" + councilId + "/members";
        oneLine("secretary", members, object("name", "R", "role", "MEMBER"), "name", "email", "phone");
        oneLine("secretary", members, object("role", "MEMBER"), "userKey");
        oneLine("member", API + "/councils/" + councilId + "/meetings",
                object("kind", "ORDINARY", "date", "2026-11-19", "startTime", "17:00"), "place", "title");
        String agenda = API + "/meetings/" + meetingId + "/agenda";
        oneLine("secretary", agenda, object("title", "T", "kind", "INFORMATION"), "title", "presenterName");
        oneLine("secretary", agenda, object("title", "T", "kind", "INFORMATION"), "presenterUserKey");
        ObjectNode withAttachment = object("title", "T", "kind", "INFORMATION");
        withAttachment.putArray("attachments").addObject().put("title", "Bilag").put("url", "https://nordby.dk/b.pdf");
        for (String bad : oneLineBadValues()) {
            ObjectNode body = withAttachment.deepCopy();
            ((ObjectNode) body.get("attachments").get(0)).put("title", bad);
            assertRefused(api.postJson("secretary", agenda, json(body)), "attachments[0].title", bad);
        }
        oneLine("member", API + "/meetings/" + meetingId + "/agenda-requests", object("title", "T"), "title");
        for (String field : List.of("name", "userKey")) {
            for (String bad : oneLineBadValues()) {
                ObjectNode body = JSON.createObjectNode().put("version", 0);
                body.putArray("lines").addObject().put("status", "GUEST").put(field, bad);
                assertRefused(api.putJson("secretary", API + "/meetings/" + meetingId + "/attendance", json(body)),
                        "lines[0]." + field, bad);
            }
        }
        oneLine("member", API + "/actions", object("title", "T", "ownerName", "M").put("councilId", councilId),
                "title", "ownerName");
        oneLine("member", API + "/actions", object("title", "T").put("councilId", councilId), "ownerUserKey");
        String hearings = API + "/councils/" + councilId + "/hearings";
        oneLine("member", hearings, object("title", "T", "deadline", "2026-12-01"), "title", "issuingBody", "reference",
                "url", "responsibleName");
        oneLine("member", hearings, object("title", "T", "deadline", "2026-12-01"), "responsibleUserKey");
        oneLine("member", API + "/councils/" + councilId + "/plan-entries",
                object("kind", "EVENT", "title", "T", "date", "2026-11-20"), "title", "place");
    }

    @Test
    public void everyFreeTextFieldRefusesControlCharactersAndHalfSurrogatesButNotLineBreaks() {
        freeText("secretary", API + "/councils", object("spaceKey", "INT", "name", "R", "kind", "OTHER"), "purpose");
        freeText("member", API + "/organisations", object("spaceKey", "UDS", "name", "O", "kind", "OTHER"), "offers",
                "targetGroup");
        freeText("secretary", API + "/councils/" + councilId + "/members", object("name", "R", "role", "MEMBER"),
                "postalAddress");
        freeText("secretary", API + "/meetings/" + meetingId + "/agenda", object("title", "T", "kind", "INFORMATION"),
                "casePresentation", "recommendation", "decision", "dissent", "easyRead");
        freeText("member", API + "/meetings/" + meetingId + "/agenda-requests", object("title", "T"), "description");
        freeText("member", API + "/actions", object("title", "T", "ownerName", "M").put("councilId", councilId),
                "description", "progressNote");
        freeText("member", API + "/councils/" + councilId + "/hearings", object("title", "T", "deadline", "2026-12-01"),
                "summary", "response", "dissent", "easyRead", "outcome");
        freeText("member", API + "/councils/" + councilId + "/plan-entries",
                object("kind", "EVENT", "title", "T", "date", "2026-11-20"), "description");
    }

    // --- point 16: internationalised e-mail addresses

    @Test
    public void internationalisedAddressesAreAcceptedWhereAnAddressIsAndGarbageIsNot() {
        String members = API + "/councils/" + councilId + "/members";
        Reply member = api.postJson("secretary", members,
                object("name", "Jørgen Ærø", "role", "MEMBER", "email", "jørgen@kommune.dk").toString());
        assertEquals(member.text(), 201, member.status());
        assertEquals("jørgen@kommune.dk", member.json().get("email").asText());
        assertEquals(204, api.delete("secretary", API + "/members/" + member.json().get("id").asInt()).status());

        Reply organisation = api.postJson("member", API + "/organisations",
                object("spaceKey", "UDS", "name", "Göteborgs frivilliga", "kind", "OTHER",
                        "contactEmail", "åsa.öberg@göteborg.se").toString());
        assertEquals(organisation.text(), 201, organisation.status());
        assertEquals("åsa.öberg@göteborg.se", organisation.json().get("contactEmail").asText());
        assertEquals(204, api.delete("member", API + "/organisations/" + organisation.json().get("id").asInt()).status());

        for (String bad : List.of("jørgen kommune.dk", "jørgen@", "jør gen@kommune.dk", "x".repeat(250) + "@kommune.dk")) {
            assertFieldErrors(api.postJson("secretary", members, object("name", "R", "role", "MEMBER", "email", bad)
                    .toString()), "email");
            assertFieldErrors(api.postJson("member", API + "/organisations", object("spaceKey", "UDS", "name", "O",
                    "kind", "OTHER", "contactEmail", bad).toString()), "contactEmail");
        }
    }

    // --- point 13: one date range

    @Test
    public void everyDateFieldRefusesDaysOutsideTheRangeWithAFieldError() {
        String members = API + "/councils/" + councilId + "/members";
        dates("secretary", members, object("name", "R", "role", "MEMBER"), "termStart", "termEnd");
        dates("member", API + "/councils/" + councilId + "/meetings",
                object("kind", "ORDINARY", "date", "2026-11-19", "startTime", "17:00"), "date");
        dates("member", API + "/actions", object("title", "T", "ownerName", "M").put("councilId", councilId), "dueDate");
        dates("member", API + "/councils/" + councilId + "/hearings", object("title", "T", "deadline", "2026-12-01"),
                "receivedOn", "deadline", "reviewDate");
        dates("member", API + "/councils/" + councilId + "/plan-entries",
                object("kind", "EVENT", "title", "T", "date", "2026-11-20"), "date");
        dates("member", API + "/councils/" + councilId + "/meetings/series", object("pattern", "WEEKLY",
                "firstDate", "2027-01-05", "startTime", "17:00").put("everyWeeks", 2).put("count", 2), "firstDate");
        for (int year : new int[] {9999, 0, -1, 10_000, 1999, 2101}) {
            ObjectNode monthly = object("pattern", "MONTHLY", "week", "2", "weekday", "TUESDAY", "startTime", "17:00")
                    .put("year", year);
            monthly.putArray("months").add(3);
            assertFieldErrors(api.postJson("member", API + "/councils/" + councilId + "/meetings/series",
                    monthly.toString()), "year");
        }
    }

    @Test
    public void everyDateAndYearParameterRefusesValuesOutsideTheRangeWithAFieldError() {
        String council = API + "/councils/" + councilId;
        for (String day : BAD_DAYS) {
            assertFieldErrors(api.get("member", council + "/meetings?from=" + day), "from");
            assertFieldErrors(api.get("member", council + "/meetings?to=" + day), "to");
        }
        for (String year : List.of("9999", "0", "-1", "10000", "1999", "2101")) {
            assertFieldErrors(api.get("member", council + "/hearings?year=" + year), "year");
            assertFieldErrors(api.get("member", council + "/plan?year=" + year), "year");
            assertFieldErrors(api.get("member", council + "/report?year=" + year), "year");
        }
        assertFieldErrors(api.get("member", API + "/actions?councilId=" + councilId + "&dueWithinDays=3000000"),
                "dueWithinDays");
    }

    // --- point 14: a bounded JSON read, and no answer names a Java class

    @Test
    public void deepLargeMalformedAndMistypedBodiesAre400sThatNameNoJavaClass() {
        String members = API + "/councils/" + councilId + "/members";
        List<String> bodies = List.of(
                "[".repeat(1001) + "]".repeat(1001),
                "{\"name\":" + "[".repeat(1001) + "]".repeat(1001) + ",\"role\":\"MEMBER\"}",
                "{\"name\":\"R\",\"role\":\"MEMBER\",\"x\":" + "{\"a\":".repeat(1001) + "1" + "}".repeat(1002),
                "{\"name\":\"" + "x".repeat(20 * 1024 * 1024) + "\",\"role\":\"MEMBER\"}",
                "{\"name\":\"R\",\"role\":\"MEMBER\",\"seatId\":" + "9".repeat(2000) + "}",
                "{\"name\":\"R\",\"role\":",
                "{\"name\":\"R\" \"role\":\"MEMBER\"}",
                "\u0000",
                "",
                "null",
                "{\"name\":123,\"role\":\"MEMBER\"}",
                "{\"name\":\"R\",\"role\":\"MEMBER\",\"termStart\":\"2026-13-45\"}",
                "{\"name\":\"R\",\"role\":\"MEMBER\",\"version\":1e400}",
                "{\"name\":\"R\",\"role\":\"MEMBER\",\"version\":123456789012345678901234567890}");
        for (String body : bodies) {
            Reply reply = body.length() > 1_000_000 ? postLarge(members, body) : api.postJson("secretary", members, body);
            String what = (body.length() > 80 ? body.substring(0, 80) + "…" : body) + " → " + reply.text();
            assertEquals(what, 400, reply.status());
            assertEquals(what, 400, reply.json().get("status").asInt());
            assertFalse(what, reply.json().get("message").asText().isBlank());
            assertFalse(what, JAVA_CLASS.matcher(reply.text()).find());
        }
        Reply deep = api.postJson("secretary", members, "[".repeat(1001) + "]".repeat(1001));
        Reply large = postLarge(members, "{\"name\":\"" + "x".repeat(20 * 1024 * 1024) + "\"}");
        assertTrue(large.text(), large.json().get("message").asText().contains("2 MB"));
        assertFalse(deep.text(), deep.json().get("message").asText().equals(large.json().get("message").asText()));
    }

    /**
     * The dev host reads and writes JSON with a plain, unconfigured provider, as Confluence's REST v2 may: the API's
     * JSON rules are the plugin's own (issue 13, point 3).
     */
    @Test
    public void theApisJsonRulesHoldUnderTheHostsPlainJsonProvider() {
        String members = API + "/councils/" + councilId + "/members";
        Reply deep = api.postJson("secretary", members, "[".repeat(33) + "]".repeat(33));
        assertEquals(deep.text(), 400, deep.status());
        assertTrue(deep.text(), deep.json().get("message").asText().contains("32"));
        Reply longNumber = api.postJson("secretary", members, "{\"name\":\"R\",\"seatId\":" + "9".repeat(101) + "}");
        assertEquals(longNumber.text(), 400, longNumber.status());
        assertTrue(longNumber.text(), longNumber.json().get("errors").isEmpty());
        java.util.Set<String> wrongType = new java.util.HashSet<>();
        for (String[] body : new String[][] {
                {"seatId", "\"12\""}, {"seatId", "0.5"}, {"seatId", "1e2"}, {"seatId", "\"\""}, {"name", "12"},
                {"name", "true"}, {"force", "1"}, {"force", "\"true\""}, {"termStart", "20000"}}) {
            wrongType.add(assertRefused(api.postJson("secretary", members,
                    "{\"role\":\"MEMBER\",\"name\":\"R\",\"" + body[0] + "\":" + body[1] + "}"), body[0], body[1]));
        }
        assertEquals("one message for every mistyped value: " + wrongType, 1, wrongType.size());
        String unknown = assertRefused(api.postJson("secretary", members,
                "{\"role\":\"MEMBER\",\"name\":\"R\",\"nickname\":\"X\"}"), "nickname", "X");
        assertFalse(unknown, wrongType.contains(unknown));

        Reply member = api.postJson("secretary", members,
                "{\"role\":\"MEMBER\",\"name\":\"R\",\"termStart\":\"2026-03-12\",\"termEnd\":\"2027-03-11T10:00\"}");
        assertEquals(member.text(), 201, member.status());
        assertEquals("2026-03-12", member.json().get("termStart").asText());
        assertEquals("2027-03-11", member.json().get("termEnd").asText());
        assertEquals(204, api.delete("secretary", API + "/members/" + member.json().get("id").asInt()).status());
        Reply meeting = api.get("member", API + "/meetings/" + meetingId);
        assertEquals(meeting.text(), "2026-11-12T17:00:00", meeting.json().get("startsAt").asText());
    }

    @Test
    public void theFrameworksOwnRefusalsNameNoJavaClassEither() {
        List<Reply> replies = List.of(
                api.send("secretary", "POST", API + "/councils/" + councilId + "/members", "text/plain", "name=R"),
                api.send("secretary", "POST", API + "/councils/" + councilId + "/members", "application/xml", "<a/>"),
                api.send("secretary", "PATCH", API + "/councils/" + councilId, "application/json", "{}"),
                api.get("secretary", API + "/no-such-resource"),
                api.get("secretary", API + "/councils/not-a-number"),
                api.get("secretary", API + "/councils/99999999999999999999"));
        for (Reply reply : replies) {
            assertTrue(reply.text(), reply.status() >= 400 && reply.status() < 500);
            assertFalse(reply.text(), JAVA_CLASS.matcher(reply.text()).find());
        }
    }

    // --- helpers

    /**
     * Posts a body too large to be read as a careful client does, with "Expect: 100-continue": the headers first,
     * the body only once the server asks for it. The server answers from the declared length without asking, so
     * the 20 MB never travel (a server that stops reading mid-body would close the connection under a client
     * still sending, before it reads the answer). A plain socket, because the JDK 17 client waits forever for a
     * 100 that does not come.
     */
    private static Reply postLarge(String path, String body) {
        URI base = URI.create(SharedDevHost.baseUrl());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + base.getRawPath().replaceAll("/$", "") + path + " HTTP/1.1\r\n"
                + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                + "Authorization: Basic " + Base64.getEncoder().encodeToString(
                        "secretary:secretary".getBytes(StandardCharsets.UTF_8)) + "\r\n"
                + "Accept: application/json\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + bytes.length + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertFalse("the server asked for the body: " + response, response.startsWith("HTTP/1.1 100"));
            int status = Integer.parseInt(response.substring(9, 12));
            String text = response.substring(response.indexOf("\r\n\r\n") + 4);
            if (response.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
                text = text.substring(text.indexOf("\r\n") + 2, text.lastIndexOf("}") + 1);
            }
            return new Reply(status, "application/json", text);
        } catch (IOException e) {
            throw new AssertionError("POST " + path + " failed", e);
        }
    }

    private void oneLine(String user, String path, ObjectNode base, String... fields) {
        for (String field : fields) {
            String message = null;
            for (String bad : oneLineBadValues()) {
                Reply reply = api.postJson(user, path, json(base.deepCopy().put(field, bad)));
                String now = assertRefused(reply, field, bad);
                assertTrue(path + " " + field + ": one rule, one message: " + message + " / " + now,
                        message == null || message.equals(now));
                message = now;
            }
        }
    }

    private void freeText(String user, String path, ObjectNode base, String... fields) {
        for (String field : fields) {
            String message = null;
            for (String bad : List.of("a\u0000b", "a\u0001b", "a\u007fb", "a\u0085b", "a\ud800b", "a\udfffb")) {
                Reply reply = api.postJson(user, path, json(base.deepCopy().put(field, "Linje 1\nLinje\t2 " + bad)));
                String now = assertRefused(reply, field, bad);
                assertTrue(path + " " + field + ": one rule, one message", message == null || message.equals(now));
                message = now;
            }
        }
    }

    private void dates(String user, String path, ObjectNode base, String... fields) {
        for (String field : fields) {
            for (String day : BAD_DAYS) {
                assertRefused(api.postJson(user, path, base.deepCopy().put(field, day).toString()), field, day);
            }
        }
    }

    private static List<String> oneLineBadValues() {
        return List.of("a\u0000b", "a\nb", "a\tb", "a\u001bb", "a\u0085b", "a\ud800b", "a\udc00b");
    }

    /** 400 naming exactly this field; the field's message. */
    private static String assertRefused(Reply reply, String field, String value) {
        String what = field + "=" + escaped(value) + ": " + reply.text();
        assertEquals(what, 400, reply.status());
        assertFalse(what, JAVA_CLASS.matcher(reply.text()).find());
        JsonNode errors = reply.json().get("errors");
        assertEquals(what, 1, errors.size());
        assertEquals(what, field, errors.get(0).get("field").asText());
        return errors.get(0).get("message").asText();
    }

    /**
     * The body as JSON text with half surrogates written as JSON escapes: as raw characters, the client's UTF-8
     * encoder would turn them into "?" before they reach the server.
     */
    private static String json(ObjectNode body) {
        StringBuilder out = new StringBuilder();
        body.toString().chars().forEach(c -> out.append(Character.isSurrogate((char) c)
                ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }

    private static ObjectNode object(String... namesAndValues) {
        ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            node.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return node;
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
