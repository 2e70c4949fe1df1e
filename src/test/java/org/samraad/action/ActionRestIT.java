package org.samraad.action;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.samraad.testing.ErrorReplies.assertFieldErrors;
import static org.samraad.testing.ErrorReplies.assertNotFound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpApi.Reply;
import org.samraad.testing.SharedDevHost;

/**
 * Action items over real HTTP against the dev host's public demo space UDS and its seeded council. Users: secretary
 * (space administrator), member (can edit), reader (can view), anonymous (can view UDS). Everything a test adds is
 * removed afterwards; the seed's own actions are never assumed.
 */
public class ActionRestIT {
    private static final String API = "/rest/samraad/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpApi api = SharedDevHost.api();
    private final List<Integer> created = new ArrayList<>();
    private int councilId;
    private int organisationId;

    @Before
    public void findTheDemoCouncilAndAnOrganisation() {
        JsonNode items = api.get(null, API + "/councils?spaceKey=UDS").json().get("items");
        assertEquals("the demo space has one council", 1, items.size());
        councilId = items.get(0).get("id").asInt();
        JsonNode organisations = api.get(null, API + "/organisations?spaceKey=UDS").json().get("items");
        assertTrue("the demo space has organisations", organisations.size() > 0);
        organisationId = organisations.get(0).get("id").asInt();
    }

    @After
    public void removeWhatTheTestAdded() {
        for (int id : created) {
            api.delete("secretary", API + "/actions/" + id);
        }
    }

    @Test
    public void anEditorCreatesChangesFollowsTheHistoryOfAndDeletesAnAction() {
        String memberKey = api.get("secretary", "/rest/api/user?username=member").json().get("userKey").asText();
        JsonNode action = create("member", action("Undersøg organisationernes behov")
                .put("ownerUserKey", memberKey).put("organisationId", organisationId).put("dueDate", "2099-01-15"));
        int id = action.get("id").asInt();
        assertEquals("OPEN", action.get("status").asText());
        assertEquals("2099-01-15", action.get("dueDate").asText());
        assertEquals(0, action.get("version").asInt());
        assertFalse(action.get("overdue").asBoolean());
        assertFalse(action.get("organisationName").asText().isBlank());
        assertFalse(action.get("ownerName").asText().isBlank());

        Reply changed = api.putJson("member", API + "/actions/" + id, action("Undersøg organisationernes behov")
                .put("ownerUserKey", memberKey).put("organisationId", organisationId).put("dueDate", "2099-01-15")
                .put("status", "DONE").put("progressNote", "Spørgeskema sendt").put("version", 0).toString());
        assertEquals(changed.text(), 200, changed.status());
        assertEquals("DONE", changed.json().get("status").asText());
        assertEquals(100, changed.json().get("percentDone").asInt());
        assertFalse(changed.json().get("completedAt").isNull());
        assertEquals(1, changed.json().get("version").asInt());

        for (String reader : new String[] {null, "reader"}) {
            assertEquals(200, api.get(reader, API + "/actions/" + id).status());
            JsonNode history = api.get(reader, API + "/actions/" + id + "/history").json().get("items");
            Set<String> fields = new HashSet<>();
            history.forEach(h -> fields.add(h.get("field").asText()));
            assertEquals(Set.of("status", "percentDone", "progressNote", "created"), fields);
            assertEquals("created", history.get(history.size() - 1).get("field").asText());
        }

        Reply deleted = api.delete("member", API + "/actions/" + id);
        assertEquals(204, deleted.status());
        assertNotFound(api.get(null, API + "/actions/" + id));
        assertNotFound(api.get(null, API + "/actions/" + id + "/history"));
    }

    @Test
    public void aStaleVersionIsAConflict() {
        int id = create("member", action("Første udgave").put("ownerName", "Maria")).get("id").asInt();
        assertEquals(200, api.putJson("member", API + "/actions/" + id,
                action("Anden udgave").put("ownerName", "Maria").put("version", 0).toString()).status());
        Reply stale = api.putJson("secretary", API + "/actions/" + id,
                action("Tredje udgave").put("ownerName", "Maria").put("version", 0).toString());
        assertEquals(stale.text(), 409, stale.status());
        assertEquals("Anden udgave", api.get(null, API + "/actions/" + id).json().get("title").asText());
    }

    @Test
    public void ofFiveSimultaneousSavesOfTheSameVersionExactlyOneWinsAndOnlyItIsInTheHistory() throws Exception {
        int id = create("member", action("Samtidig").put("ownerName", "Maria")).get("id").asInt();
        java.util.concurrent.ExecutorService editors = java.util.concurrent.Executors.newFixedThreadPool(5);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Reply>> saves = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                String body = action("Titel fra redaktør " + i).put("ownerName", "Maria").put("version", 0).toString();
                String user = i % 2 == 0 ? "member" : "secretary";
                saves.add(editors.submit(() -> {
                    start.await();
                    return api.putJson(user, API + "/actions/" + id, body);
                }));
            }
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (java.util.concurrent.Future<Reply> save : saves) {
                replies.add(save.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            List<Reply> won = replies.stream().filter(r -> r.status() == 200).toList();
            assertEquals("exactly one save wins: " + replies, 1, won.size());
            assertEquals(4, replies.stream().filter(r -> r.status() == 409).count());
            JsonNode stored = api.get(null, API + "/actions/" + id).json();
            assertEquals(1, stored.get("version").asInt());
            assertEquals(won.get(0).json().get("title").asText(), stored.get("title").asText());
            JsonNode history = api.get(null, API + "/actions/" + id + "/history").json().get("items");
            assertEquals("created, and the one title change that won", 2, history.size());
            assertEquals(stored.get("title").asText(), history.get(0).get("newValue").asText());
        } finally {
            editors.shutdownNow();
        }
    }

    @Test
    public void badInputIsA400NamingEachField() {
        assertFieldErrors(api.postJson("member", API + "/actions", JSON.createObjectNode().put("councilId", councilId)
                        .put("title", "x".repeat(451)).put("dueDate", "31-12-2099").put("status", "FINISHED")
                        .put("percentDone", 150).toString()),
                "title", "dueDate", "status", "percentDone", "owner");
        assertFieldErrors(api.postJson("member", API + "/actions", action("x").put("ownerName", "M")
                .put("percentDone", "fifty").toString()), "percentDone");
        assertFieldErrors(api.postJson("member", API + "/actions", action("x").put("ownerName", "M")
                .put("priority", "high").toString()), "priority");
        Reply form = api.send("member", "POST", API + "/actions", "application/x-www-form-urlencoded", "title=x");
        assertTrue("form posts are refused, got " + form.status(), form.status() == 403 || form.status() == 415);
    }

    @Test
    public void badFilterValuesAreA400NamingTheParameter() throws Exception {
        assertFieldErrors(api.get(null, API + "/actions?status=FOO"), "status");
        assertFieldErrors(api.get(null, API + "/actions?dueWithinDays=-1"), "dueWithinDays");
        assertFieldErrors(api.get(null, API + "/actions?limit=abc"), "limit");
        assertFieldErrors(api.get(null, API + "/actions?sort=title&overdue=maybe&councilId=x"),
                "sort", "overdue", "councilId");
        HttpResponse<byte[]> csv = csv(null, "en", "?offset=-1");
        String body = new String(csv.body(), StandardCharsets.UTF_8);
        assertEquals(body, 400, csv.statusCode());
        assertTrue(body, body.contains("\"field\":\"offset\""));
        assertNotFound(api.get(null, API + "/actions?councilId=999999"));
    }

    @Test
    public void theRegisterFiltersSortsAndPagesWithTotals() {
        int late = create("member", action("Overskredet").put("ownerName", "Ole").put("dueDate", "2000-01-01")).get("id").asInt();
        int soon = create("member", action("Snart").put("organisationId", organisationId).put("status", "IN_PROGRESS")
                .put("dueDate", java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(2).toString())).get("id").asInt();

        JsonNode overdue = api.get(null, API + "/actions?councilId=" + councilId + "&overdue=true&limit=500").json();
        assertTrue(ids(overdue).contains(late));
        assertFalse(ids(overdue).contains(soon));
        assertTrue(overdue.get("items").get(ids(overdue).indexOf(late)).get("overdue").asBoolean());

        JsonNode within = api.get(null, API + "/actions?dueWithinDays=3&status=IN_PROGRESS&organisationId="
                + organisationId).json();
        assertTrue(ids(within).contains(soon));
        assertFalse(ids(within).contains(late));

        JsonNode page = api.get("reader", API + "/actions?councilId=" + councilId + "&limit=1&offset=0&sort=updated,desc")
                .json();
        assertEquals(1, page.get("limit").asInt());
        assertEquals(1, page.get("items").size());
        assertTrue(page.get("total").asInt() >= 2);
        assertEquals(soon, page.get("items").get(0).get("id").asInt());

        assertEquals(0, api.get(null, API + "/actions?owner=@me").json().get("total").asInt());
    }

    @Test
    public void onlyLoggedInEditorsMayChangeActions() {
        int id = create("member", action("Beskyttet").put("ownerName", "Maria")).get("id").asInt();
        String body = action("Ændret").put("ownerName", "Maria").put("version", 0).toString();
        assertEquals(401, api.postJson(null, API + "/actions", action("x").put("ownerName", "M").toString()).status());
        assertEquals(401, api.putJson(null, API + "/actions/" + id, body).status());
        assertEquals(401, api.delete(null, API + "/actions/" + id).status());
        assertEquals(403, api.postJson("reader", API + "/actions", action("x").put("ownerName", "M").toString()).status());
        assertEquals(403, api.putJson("reader", API + "/actions/" + id, body).status());
        assertEquals(403, api.delete("reader", API + "/actions/" + id).status());
        assertNotFound(api.putJson("member", API + "/actions/999999", body));
        assertEquals("Beskyttet", api.get(null, API + "/actions/" + id).json().get("title").asText());
    }

    @Test
    public void theCsvIsUtf8WithABomSemicolonsAndHeadingsInTheCallersLanguage() throws Exception {
        create("member", action("Åse sender \"folder\"; også =SUM(A1)").put("ownerName", "Åse Ørsted")
                .put("dueDate", "2099-02-01"));
        HttpResponse<byte[]> english = csv(null, "en", "?councilId=" + councilId);
        assertEquals(200, english.statusCode());
        assertTrue(english.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(english.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        byte[] bytes = english.body();
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text, text.startsWith("\uFEFFAction;Owner;Organisation;Due date;Status;"));
        assertTrue(text, text.contains("\"Åse sender \"\"folder\"\"; også =SUM(A1)\";Åse Ørsted;;2099-02-01;Open;0;No"));

        String danish = new String(csv("reader", "da", "?councilId=" + councilId).body(), StandardCharsets.UTF_8);
        assertTrue(danish, danish.startsWith("\uFEFFOpfølgningspunkt;Ansvarlig;Organisation;Frist;Status;"));
        assertTrue(danish.contains(";Åben;"));
        String swedish = new String(csv(null, "sv", "?status=OPEN").body(), StandardCharsets.UTF_8);
        assertTrue(swedish, swedish.startsWith("\uFEFFÅtgärd;Ansvarig;Organisation;Klart senast;Status;"));
        assertTrue(swedish.contains(";Öppen;"));
    }

    @Test
    public void theRegistersSectionAfterASaveIsTheMacrosHtmlWithTheListsFiltersAndEditingOnlyForEditors() {
        JsonNode added = create("member", action("Sektion efter gem").put("ownerName", "Maria"));
        String query = "/actions/view?councilId=" + councilId + "&status=OPEN&sort=dueDate&limit=100"
                + "&columns=title,status&domId=samraad-actions-" + councilId + "-x1";
        Reply editor = api.getAccepting("secretary", API + query, "text/html");
        assertEquals(editor.text(), 200, editor.status());
        assertTrue(editor.contentType().startsWith("text/html"));
        assertTrue(editor.text(), editor.text().startsWith("<section class=\"samraad samraad-actions\" id=\"samraad-actions-"
                + councilId + "-x1\""));
        assertTrue("the changed row is there to take the focus",
                editor.text().contains("id=\"samraad-actions-" + councilId + "-x1-action-" + added.get("id").asInt() + "\""));
        assertTrue("the columns asked for", !editor.text().contains("samraad-action-owner"));
        assertTrue("the row's changes wait behind its buttons", editor.text().contains("samraad-action-progress-toggle"));
        Reply reader = api.getAccepting("reader", API + query, "text/html");
        assertEquals(reader.text(), 200, reader.status());
        assertTrue(reader.text().contains("Sektion efter gem"));
        assertTrue("no editing for a reader", !reader.text().contains("samraad-action-progress-toggle"));
        assertEquals(400, api.getAccepting("reader", API + "/actions/view?councilId=" + councilId + "&columns=nope",
                "text/html").status());
        assertEquals(404, api.getAccepting("reader", API + "/actions/view?councilId=99999999", "text/html").status());
        Reply across = api.getAccepting("reader", API + "/actions/view?councils=all&domId=%22%3E", "text/html");
        assertEquals(across.text(), 200, across.status());
        assertTrue(across.text().contains("samraad-actions-across"));
        assertTrue("an id that is not ours is not echoed", !across.text().contains("id=\"\">"));
    }

    // --- helpers

    private ObjectNode action(String title) {
        return JSON.createObjectNode().put("councilId", councilId).put("title", title);
    }

    private JsonNode create(String user, ObjectNode body) {
        Reply reply = api.postJson(user, API + "/actions", body.toString());
        assertEquals(reply.text(), 201, reply.status());
        JsonNode json = reply.json();
        created.add(json.get("id").asInt());
        return json;
    }

    private static List<Integer> ids(JsonNode list) {
        List<Integer> ids = new ArrayList<>();
        list.get("items").forEach(item -> ids.add(item.get("id").asInt()));
        return ids;
    }

    /** The CSV as a spreadsheet or browser asks for it, in a language (HttpApi always asks for JSON). */
    private static HttpResponse<byte[]> csv(String user, String language, String query)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SharedDevHost.baseUrl() + API + "/actions.csv" + query))
                .header("Accept", "text/csv, */*;q=0.1").header("Accept-Language", language).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
