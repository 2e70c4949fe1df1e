package org.samraad.devhost;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.AfterClass;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Test;
import org.samraad.council.CouncilZone;
import org.samraad.testing.FormSession;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpApi.Reply;
import org.samraad.testing.Race;

/**
 * Two dev host nodes, each a JVM of its own with a local home of its own, on one PostgreSQL database: a cluster as
 * Confluence Data Center's nodes form one. A scheduled run of a per-cluster job runs on one node however many fire
 * it, the plugin's reminders go out once even when both nodes run the job at the same moment, a write on one node
 * is read on the other at once, versions and the per-council lock hold across nodes, and read-only mode is shared.
 * Each run gets a schema of its own in the test database (as {@link DevHostOnPostgresIT}) and drops it afterwards.
 */
public class TwoNodeClusterIT {
    private static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/samraad_test";
    private static final String API = "/rest/samraad/1.0";
    private static final String URL = postgresUrl();
    private static final String USER = property("db.user", "samraad");
    private static final String PASSWORD = property("db.password", "samraad");
    private static final String SCHEMA = "cluster_it_" + Long.toHexString(System.nanoTime()).toLowerCase(Locale.ROOT);

    private static DevHostProcess nodeA;
    private static DevHostProcess nodeB;
    private static Path homeA;
    private static HttpApi a;
    private static HttpApi b;

    private final String marker = "c" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeClass
    public static void startTwoNodesOnOneDatabase() throws IOException {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + SCHEMA);
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("CI runs this test on PostgreSQL (.ci/start-postgres.sh), but " + URL
                        + " refused: " + e.getMessage(), e);
            }
            Assume.assumeNoException("No PostgreSQL at " + URL + "; skipping the two-node cluster", e);
        }
        homeA = Files.createTempDirectory("devhost-node-a");
        // one after the other, as Confluence's nodes join: the first seeds the demo into the empty database
        nodeA = DevHostProcess.start(homeA, node("node-a"));
        nodeB = DevHostProcess.start(Files.createTempDirectory("devhost-node-b"), node("node-b"));
        a = new HttpApi(nodeA.baseUrl());
        b = new HttpApi(nodeB.baseUrl());
    }

    @AfterClass
    public static void stopTheNodesAndDropTheSchema() throws SQLException {
        for (DevHostProcess node : Arrays.asList(nodeA, nodeB)) {
            if (node != null) {
                node.close();
            }
        }
        if (nodeA == null) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @Test
    public void aScheduledRunOfAPerClusterJobFiredOnBothNodesAtOnceRunsOnOneAndEachReminderIsMailedOnce() {
        int councilId = councilId();
        String memberKey = a.get("secretary", "/rest/api/user?username=member").json().get("userKey").asText();
        action(a, councilId, "Ring til natcaféen " + marker, memberKey);
        hearing(b, councilId, "Høring om varmestuer " + marker, memberKey);
        String runTime = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();

        List<Object> firings = Race.run(List.of(
                () -> fire(a, "samraad-action-reminders", runTime), () -> fire(b, "samraad-action-reminders", runTime),
                () -> fire(a, "samraad-hearing-reminders", runTime), () -> fire(b, "samraad-hearing-reminders", runTime)));

        for (String job : List.of("samraad-action-reminders", "samraad-hearing-reminders")) {
            List<JsonNode> ran = firings.stream().map(JsonNode.class::cast)
                    .filter(f -> f.get("job").asText().equals(job) && f.get("ran").asBoolean()).toList();
            assertEquals(job + " runs on exactly one node per scheduled run: " + firings, 1, ran.size());
            assertEquals(ran.toString(), "SUCCESS", ran.get(0).get("outcome").asText());
        }
        assertEquals("one action digest in the cluster's outbox", 1, mailsMentioning(b, "Ring til natcaféen " + marker));
        assertEquals("one hearing reminder in the cluster's outbox", 1, mailsMentioning(a, "Høring om varmestuer " + marker));
        assertTrue("the same run fired again later claims nothing", firings(runTime).stream().noneMatch(f -> f.get("ran").asBoolean()));
    }

    @Test
    public void bothNodesRunningTheReminderJobsAtTheSameMomentWithoutTheClusterLockStillMailEachReminderOnce() {
        int councilId = councilId();
        String memberKey = a.get("secretary", "/rest/api/user?username=member").json().get("userKey").asText();
        for (int i = 0; i < 3; i++) {
            action(i % 2 == 0 ? a : b, councilId, "Book mødelokale " + i + " " + marker, memberKey);
            hearing(i % 2 == 0 ? b : a, councilId, "Høring om busruter " + i + " " + marker, memberKey);
        }

        // "Run" by hand on both nodes at once: no cluster claim, only the plugin's own claims in the database
        List<Object> runs = Race.run(List.of(
                () -> fire(a, "samraad-action-reminders", null), () -> fire(b, "samraad-action-reminders", null),
                () -> fire(a, "samraad-hearing-reminders", null), () -> fire(b, "samraad-hearing-reminders", null)));

        assertTrue(runs.toString(), runs.stream().map(JsonNode.class::cast)
                .allMatch(r -> r.get("ran").asBoolean() && "SUCCESS".equals(r.get("outcome").asText())));
        List<JsonNode> outbox = outbox(a);
        assertEquals("one digest holds all three actions, sent once: " + outbox, 1,
                outbox.stream().filter(m -> m.get("body").asText().contains("Book mødelokale 0 " + marker)).count());
        assertEquals("one hearing mail holds all three hearings, sent once", 1,
                outbox.stream().filter(m -> m.get("body").asText().contains("Høring om busruter 0 " + marker)).count());
        for (int i = 0; i < 3; i++) {
            assertEquals("action " + i + " in exactly one mail", 1, mailsMentioning(b, "Book mødelokale " + i + " " + marker));
            assertEquals("hearing " + i + " in exactly one mail", 1, mailsMentioning(b, "Høring om busruter " + i + " " + marker));
        }
    }

    @Test
    public void aWriteOnOneNodeIsReadOnTheOtherAtOnce() {
        Reply created = a.postJson("member", API + "/organisations", organisation("Væresteds Æblehave " + marker, "", null));
        assertEquals(created.text(), 201, created.status());
        int id = created.json().get("id").asInt();

        Reply onB = b.get("member", API + "/organisations/" + id);
        assertEquals(onB.text(), 200, onB.status());
        assertEquals("Væresteds Æblehave " + marker, onB.json().get("name").asText());

        Reply renamed = b.putJson("member", API + "/organisations/" + id, organisation("Æblehaven " + marker, "", 0));
        assertEquals(renamed.text(), 200, renamed.status());
        JsonNode onA = a.get("member", API + "/organisations/" + id).json();
        assertEquals("Æblehaven " + marker, onA.get("name").asText());
        assertEquals(1, onA.get("version").asInt());
        assertEquals("a stale version is refused on the other node too", 409,
                a.putJson("member", API + "/organisations/" + id, organisation("Gammel " + marker, "", 0)).status());
    }

    @Test
    public void ofSimultaneousSavesOfOneVersionOnBothNodesExactlyOneWinsAndABurstLosesAndDoublesNoWrite() {
        Reply created = a.postJson("member", API + "/organisations", organisation("Samtidig forening " + marker, "", null));
        assertEquals(created.text(), 201, created.status());
        int id = created.json().get("id").asInt();
        String path = API + "/organisations/" + id;

        List<Object> round = Race.run(6, i -> (i % 2 == 0 ? a : b).putJson("member", path,
                organisation("Samtidig forening " + marker, "runde-" + i, 0)));
        assertEquals("exactly one save of version 0 wins: " + round, 1, statuses(round, 200));
        assertEquals("the five others are told someone saved first", 5, statuses(round, 409));

        // the burst: each writer appends its own tokens to "offers", reading and saving on its node, retrying on 409
        int writers = 4;
        int writesEach = 4;
        List<Object> accepted = Race.run(writers, w -> appendTokens(w % 2 == 0 ? a : b, path, "w" + w, writesEach));

        List<String> tokens = new ArrayList<>();
        accepted.forEach(result -> {
            if (!(result instanceof List<?> list)) {
                throw new AssertionError("a writer failed: " + result);
            }
            list.forEach(token -> tokens.add((String) token));
        });
        assertEquals(writers * writesEach, tokens.size());
        JsonNode stored = b.get("member", path).json();
        assertEquals("one version per accepted save (the round's winner, then the burst)", 1 + tokens.size(),
                stored.get("version").asInt());
        List<String> saved = Arrays.stream(stored.get("offers").asText().split(" "))
                .filter(t -> t.startsWith("w")).sorted().toList();
        assertEquals("every accepted write is there exactly once: none lost, none doubled", tokens.stream().sorted().toList(), saved);
    }

    @Test
    public void membersAddedToOneSeatOnBothNodesAtOnceNeverOverFillIt() {
        int councilId = councilId();
        Reply seat = a.postJson("member", API + "/councils/" + councilId + "/seats", "{\"group\":\"STAFF\",\"requiredCount\":2}");
        assertEquals(seat.text(), 201, seat.status());
        int seatId = seat.json().get("id").asInt();

        List<Object> adds = Race.run(6, i -> (i % 2 == 0 ? a : b).postJson("member", API + "/councils/" + councilId + "/members",
                JsonNodeFactory.instance.objectNode().put("name", "Medarbejder " + i + " " + marker).put("role", "MEMBER")
                        .put("seatId", seatId).toString()));

        assertEquals("the seat's two places are taken once each: " + adds, 2, statuses(adds, 201));
        assertEquals("the others get the seat's field error", 4, statuses(adds, 400));
        long held = StreamSupport.stream(b.get("member", API + "/councils/" + councilId + "/members").json().get("items").spliterator(), false)
                .filter(m -> m.path("seatId").asInt() == seatId).count();
        assertEquals("the seat holds two members, as both nodes read it", 2, held);
    }

    @Test
    public void readOnlyModeSwitchedOnOneNodeHoldsOnTheOther() {
        switchReadOnly(nodeA.baseUrl(), true);
        try {
            JsonNode run = fire(b, "samraad-action-reminders", null);
            assertEquals("node B's job sees node A's switch: " + run, "ABORTED", run.get("outcome").asText());
        } finally {
            switchReadOnly(nodeB.baseUrl(), false);
        }
        assertEquals("SUCCESS", fire(a, "samraad-action-reminders", null).get("outcome").asText());
    }

    @Test
    public void aSecondProcessOnANodesLocalHomeIsRefused() {
        try (DevHostProcess third = DevHostProcess.start(homeA, node("node-c"))) {
            fail("a second process started on node A's home at " + third.baseUrl());
        } catch (IllegalStateException refused) {
            assertTrue(refused.getMessage(), refused.getMessage().contains("Another dev host is using"));
        }
    }

    // ---- helpers

    private static Map<String, String> node(String id) {
        return Map.of("db", "postgres", "db.url", URL, "db.user", USER, "db.password", PASSWORD, "db.schema", SCHEMA,
                "devhost.node", id);
    }

    /** Reads the organisation on its node and appends one token per accepted save; retries when another writer saved first. */
    private static List<String> appendTokens(HttpApi node, String path, String writer, int count) {
        List<String> accepted = new ArrayList<>();
        for (int attempt = 0; accepted.size() < count; attempt++) {
            if (attempt > 400) {
                throw new AssertionError(writer + " never got its saves in");
            }
            JsonNode current = node.get("member", path).json();
            String token = writer + "-" + accepted.size();
            String offers = (current.path("offers").asText("") + " " + token).strip();
            Reply saved = node.putJson("member", path, organisation(current.get("name").asText(), offers,
                    current.get("version").asInt()));
            if (saved.status() == 200) {
                accepted.add(token);
            } else if (saved.status() != 409) {
                throw new AssertionError(writer + ": " + saved.status() + " " + saved.text());
            }
        }
        return accepted;
    }

    private static String organisation(String name, String offers, Integer version) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("spaceKey", "UDS").put("name", name).put("kind", "OTHER")
                .put("offers", offers);
        if (version != null) {
            body.put("version", version);
        }
        return body.toString();
    }

    private static long statuses(List<Object> replies, int status) {
        return replies.stream().filter(r -> r instanceof Reply reply && reply.status() == status).count();
    }

    private static JsonNode fire(HttpApi node, String job, String runTime) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("job", job);
        if (runTime != null) {
            body.put("runTime", runTime);
        }
        Reply reply = node.postJson("admin", "/devhost/jobs/fire", body.toString());
        assertEquals(reply.text(), 200, reply.status());
        return reply.json();
    }

    private static List<JsonNode> firings(String runTime) {
        return List.of(fire(a, "samraad-action-reminders", runTime), fire(b, "samraad-action-reminders", runTime));
    }

    private static int councilId() {
        return a.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
    }

    private static void action(HttpApi node, int councilId, String title, String ownerKey) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("councilId", councilId).put("title", title)
                .put("ownerUserKey", ownerKey).put("dueDate", LocalDate.now(CouncilZone.COPENHAGEN).plusDays(1).toString());
        Reply reply = node.postJson("member", API + "/actions", body.toString());
        assertEquals(reply.text(), 201, reply.status());
    }

    private static void hearing(HttpApi node, int councilId, String title, String responsibleKey) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("title", title).put("responsibleUserKey", responsibleKey)
                .put("deadline", LocalDate.now(CouncilZone.COPENHAGEN).plusDays(2).toString());
        Reply reply = node.postJson("member", API + "/councils/" + councilId + "/hearings", body.toString());
        assertEquals(reply.text(), 201, reply.status());
    }

    private static List<JsonNode> outbox(HttpApi node) {
        JsonNode items = node.get("admin", "/devhost/outbox.json").json().get("items");
        return StreamSupport.stream(items.spliterator(), false).toList();
    }

    private static long mailsMentioning(HttpApi node, String text) {
        return outbox(node).stream().filter(m -> m.get("body").asText().contains(text)).count();
    }

    /** The administrator's form at /devhost/access-mode on one node: its token comes with the page, in a session. */
    private static void switchReadOnly(String baseUrl, boolean readOnly) {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String authorization = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        try {
            String page = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/devhost/access-mode"))
                    .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            String form = "atl_token=" + FormSession.token(page) + "&readOnly=" + readOnly;
            HttpResponse<String> switched = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/devhost/access-mode"))
                    .header("Authorization", authorization).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(switched.body(), 200, switched.statusCode());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String postgresUrl() {
        String url = property("db.url", DEFAULT_URL);
        return url.startsWith("jdbc:postgresql:") ? url : DEFAULT_URL;
    }

    private static String property(String key, String fallback) {
        String value = System.getProperty(key);
        return value == null || value.isBlank() || value.startsWith("${") ? fallback : value;
    }
}
