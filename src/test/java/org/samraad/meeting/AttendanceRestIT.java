package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.samraad.testing.ErrorReplies.assertFieldErrors;
import static org.samraad.testing.ErrorReplies.assertNotFound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.samraad.testing.DevHostMeetings;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpApi.Reply;
import org.samraad.testing.SharedDevHost;

/**
 * Attendance, quorum and agenda requests over real HTTP against the dev host's demo council in UDS (chair Karin
 * Holm, vice chair the demo user member, Jonas Bech, Leila Nour without consent, Per Ravn, the secretary). Users:
 * secretary (space administrator and council secretary), member (can edit, vice chair), reader (can view),
 * anonymous. Each test makes its own meeting rows and removes them.
 */
public class AttendanceRestIT {
    private static final String API = "/rest/samraad/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpApi api = SharedDevHost.api();
    private final List<Integer> meetings = new ArrayList<>();
    private final Map<String, Integer> members = new HashMap<>();
    private int councilId;
    private int meeting;

    @Before
    public void makeAMeetingOfTheDemoCouncil() {
        councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
        for (JsonNode member : api.get("secretary", API + "/councils/" + councilId + "/members").json().get("items")) {
            members.put(member.get("displayName").asText(), member.get("id").asInt());
        }
        meeting = meeting("PLANNED", LocalDate.now().plusDays(3));
    }

    @After
    public void removeTheMeetings() {
        meetings.forEach(DevHostMeetings::remove);
    }

    @Test
    public void approvedMinutesRefuseAttendanceChangesWith409UntilReopened() {
        String path = API + "/meetings/" + meeting + "/attendance";
        Reply saved = api.putJson("secretary", path, attendance(0, line("Karin Holm", "PRESENT")).toString());
        assertEquals(saved.text(), 200, saved.status());
        for (MeetingStatus locked : new MeetingStatus[] {MeetingStatus.MINUTES_APPROVED, MeetingStatus.PUBLISHED}) {
            status(locked);
            Reply refused = api.putJson("secretary", path, attendance(1, line("Karin Holm", "ABSENT")).toString());
            assertEquals(refused.text(), 409, refused.status());
            assertEquals("The minutes of this meeting are approved, so its attendance can no longer change. Reopen "
                    + "the minutes first.", refused.json().get("message").asText());
            JsonNode read = api.get("secretary", path).json();
            assertEquals("nothing written", 1, read.get("version").asInt());
        }
        status(MeetingStatus.HELD);
        Reply reopened = api.putJson("secretary", path, attendance(1, line("Karin Holm", "ABSENT")).toString());
        assertEquals(reopened.text(), 200, reopened.status());
    }

    @Test
    public void theQuorumPreviewCountsTheStatusesBeingEnteredByTheSavesRuleAndSavesNothing() {
        String path = API + "/meetings/" + meeting + "/quorum/preview";
        int voting = api.get("secretary", API + "/meetings/" + meeting + "/quorum").json().get("members").asInt();
        ObjectNode lines = attendance(0, line("Karin Holm", "PRESENT"), line("Jonas Bech", "apologies"),
                line("Leila Nour", "NO-SUCH-STATUS"));
        Reply preview = api.postJson("member", path, lines.toString());
        assertEquals(preview.text(), 200, preview.status());
        assertEquals(voting, preview.json().get("members").asInt());
        assertEquals("an unknown status counts as nothing recorded", 1, preview.json().get("present").asInt());
        assertEquals((voting + 1) / 2, preview.json().get("required").asInt());
        assertEquals("1 of " + voting + " voting members present: too few voting members are present to make decisions (at least "
                + (voting + 1) / 2 + " needed).", preview.json().get("text").asText());

        Reply saved = api.putJson("secretary", API + "/meetings/" + meeting + "/attendance",
                attendance(0, line("Karin Holm", "PRESENT"), line("Jonas Bech", "PRESENT")).toString());
        assertEquals(saved.text(), 200, saved.status());
        JsonNode savedQuorum = saved.json().get("quorum");
        JsonNode same = api.postJson("member", path, attendance(1, line("Karin Holm", "PRESENT"),
                line("Jonas Bech", "PRESENT")).toString()).json();
        for (String figure : new String[] {"members", "present", "substitutes", "required", "quorate"}) {
            assertEquals("the preview and the save agree on " + figure, savedQuorum.get(figure), same.get(figure));
        }
        assertEquals("nothing written by a preview", 1,
                api.get("secretary", API + "/meetings/" + meeting + "/attendance").json().get("version").asInt());

        assertEquals("readers may not preview", 403, api.postJson("reader", path, lines.toString()).status());
        int anonymous = api.postJson(null, path, lines.toString()).status();
        assertTrue("anonymous visitors may not preview: " + anonymous, anonymous == 401 || anonymous == 403);
    }

    @Test
    public void theAttendanceViewIsTheMacrosSectionWithTheFormForEditorsOnly() {
        String path = API + "/meetings/" + meeting + "/attendance/view";
        Reply editor = api.getAccepting("member", path, "text/html");
        assertEquals(editor.text(), 200, editor.status());
        assertTrue(editor.text(), editor.text().contains("<section class=\"samraad samraad-attendance\""));
        assertTrue(editor.text(), editor.text().contains("samraad-attendance-toggle"));
        assertTrue(editor.text(), editor.text().contains(">Record attendance</button>"));
        Reply reader = api.getAccepting("reader", path, "text/html");
        assertEquals(200, reader.status());
        assertTrue("others read it once the minutes are approved", reader.text().contains("samraad-attendance-withheld"));
        assertFalse(reader.text().contains("<form"));
        assertEquals(404, api.getAccepting("member", API + "/meetings/999999/attendance/view", "text/html").status());
    }

    private void status(MeetingStatus status) {
        MeetingEntity row = SharedDevHost.host().activeObjects().get(MeetingEntity.class, meeting);
        row.setStatus(status.name());
        row.save();
    }

    @Test
    public void theSecretaryRecordsAttendanceAndEveryoneReadsItWithTheQuorum() {
        JsonNode empty = api.get("member", API + "/meetings/" + meeting + "/attendance").json();
        assertEquals(0, empty.get("version").asInt());
        assertTrue(empty.get("members").size() >= 5);
        assertTrue(empty.get("members").get(0).get("status").isNull());

        Reply saved = api.putJson("secretary", API + "/meetings/" + meeting + "/attendance", attendance(0,
                line("Karin Holm", "PRESENT"), line("Jonas Bech", "PRESENT"), line("Per Ravn", "APOLOGIES"),
                line("Leila Nour", "PRESENT"), guest("Maria fra Hela människan")).toString());
        assertEquals(saved.text(), 200, saved.status());
        assertEquals(1, saved.json().get("version").asInt());
        MeetingEntity row = SharedDevHost.host().activeObjects().get(MeetingEntity.class, meeting);
        row.setStatus(MeetingStatus.MINUTES_APPROVED.name()); // others read attendance once the minutes are approved
        row.save();

        JsonNode quorum = api.get(null, API + "/meetings/" + meeting + "/quorum").json();
        assertEquals(3, quorum.get("present").asInt());
        assertEquals(0, quorum.get("substitutes").asInt());
        assertEquals((quorum.get("members").asInt() + 1) / 2, quorum.get("required").asInt());
        assertEquals(quorum.get("present").asInt() >= quorum.get("required").asInt(), quorum.get("quorate").asBoolean());

        JsonNode anonymous = api.get(null, API + "/meetings/" + meeting + "/attendance").json();
        assertFalse("no unpublished name for outsiders", anonymous.toString().contains("Leila"));
        assertFalse("no guest name for outsiders", anonymous.toString().contains("Maria fra Hela"));
        assertFalse("no contact data", anonymous.toString().contains("@nordby.example"));
        JsonNode insider = api.get("secretary", API + "/meetings/" + meeting + "/attendance").json();
        assertTrue(insider.toString().contains("Leila Nour"));
        assertEquals("Maria fra Hela människan", insider.get("guests").get(0).get("displayName").asText());
        assertFalse("attendance carries no reason field", insider.toString().contains("reason"));
    }

    @Test
    public void ofFiveSimultaneousSavesOfTheSameVersionExactlyOneWins() throws Exception {
        ExecutorService editors = Executors.newFixedThreadPool(5);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> saves = new ArrayList<>();
        String[] statuses = {"PRESENT", "APOLOGIES", "ABSENT", "PRESENT", "APOLOGIES"};
        try {
            for (int i = 0; i < 5; i++) {
                String body = attendance(0, line("Karin Holm", statuses[i]), guest("Gæst " + i)).toString();
                String user = i % 2 == 0 ? "member" : "secretary";
                saves.add(editors.submit(() -> {
                    start.await();
                    return api.putJson(user, API + "/meetings/" + meeting + "/attendance", body);
                }));
            }
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> save : saves) {
                replies.add(save.get(30, TimeUnit.SECONDS));
            }
            List<Reply> won = replies.stream().filter(r -> r.status() == 200).toList();
            assertEquals("exactly one save wins: " + replies, 1, won.size());
            assertEquals(4, replies.stream().filter(r -> r.status() == 409).count());
            Reply conflict = replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
            assertFalse(conflict.json().get("message").asText().isBlank());
            JsonNode stored = api.get("secretary", API + "/meetings/" + meeting + "/attendance").json();
            assertEquals(1, stored.get("version").asInt());
            assertEquals("nothing of the losing saves was written", 1, stored.get("guests").size());
            assertEquals(won.get(0).json().get("guests"), stored.get("guests"));
        } finally {
            editors.shutdownNow();
        }
    }

    @Test
    public void badLinesAreA400NamingTheLineAndField() {
        String path = API + "/meetings/" + meeting + "/attendance";
        assertFieldErrors(api.putJson("secretary", path, attendance(0, line("Karin Holm", "SUBSTITUTE_ATTENDED"),
                line("Jonas Bech", "SICK"), guest(""), guest("x".repeat(256))).toString()),
                "lines[0].substituteId", "lines[1].status", "lines[2].name", "lines[3].name");
        ObjectNode noVersion = attendance(0, line("Karin Holm", "PRESENT"));
        noVersion.remove("version");
        assertFieldErrors(api.putJson("secretary", path, noVersion.toString()), "version");
        assertFieldErrors(api.putJson("secretary", path, attendance(0).put("reason", "syg").toString()), "reason");
        Reply form = api.send("secretary", "PUT", path, "application/x-www-form-urlencoded", "lines=x");
        assertTrue("form posts are refused, got " + form.status(), form.status() == 403 || form.status() == 415);
        assertEquals(0, api.get("secretary", path).json().get("version").asInt());
    }

    @Test
    public void readersMayNotRecordAndUnknownMeetingsAreNotFound() {
        String path = API + "/meetings/" + meeting + "/attendance";
        String body = attendance(0, line("Karin Holm", "PRESENT")).toString();
        assertEquals(403, api.putJson("reader", path, body).status());
        assertEquals(401, api.putJson(null, path, body).status());
        assertNotFound(api.get(null, API + "/meetings/999999/attendance"));
        assertNotFound(api.get(null, API + "/meetings/999999/quorum"));
        assertNotFound(api.putJson("secretary", API + "/meetings/999999/attendance", body));
        assertNotFound(api.get(null, API + "/meetings/999999/agenda-requests"));
    }

    @Test
    public void aMemberRequestsAnItemTheSecretaryAcceptsItAndAStaleAnswerIsAConflict() {
        String path = API + "/meetings/" + meeting + "/agenda-requests";
        Reply created = api.postJson("member", path, JSON.createObjectNode().put("title", "Væresteder om vinteren")
                .put("description", "Åbningstider").toString());
        assertEquals(created.text(), 201, created.status());
        JsonNode request = created.json();
        assertEquals("SUBMITTED", request.get("status").asText());
        assertFalse(request.get("late").asBoolean());
        assertTrue(request.get("mine").asBoolean());
        assertEquals(403, api.postJson("reader", path, JSON.createObjectNode().put("title", "x").toString()).status());
        assertEquals(401, api.postJson(null, path, JSON.createObjectNode().put("title", "x").toString()).status());
        assertFieldErrors(api.postJson("member", path, JSON.createObjectNode().put("title", " ").toString()), "title");

        int id = request.get("id").asInt();
        assertEquals(403, api.putJson("reader", API + "/agenda-requests/" + id, answer("ACCEPTED", 0)).status());
        assertEquals("only the requester withdraws", 403,
                api.putJson("secretary", API + "/agenda-requests/" + id, answer("WITHDRAWN", 0)).status());
        Reply accepted = api.putJson("secretary", API + "/agenda-requests/" + id, answer("ACCEPTED", 0));
        assertEquals(accepted.text(), 200, accepted.status());
        assertFalse(accepted.json().get("agendaItemId").isNull());
        assertEquals(409, api.putJson("secretary", API + "/agenda-requests/" + id, answer("DECLINED", 0)).status());
        JsonNode list = api.get("member", path).json();
        assertEquals(1, list.get("total").asInt());
        assertEquals("ACCEPTED", list.get("items").get(0).get("status").asText());
        Reply section = api.getAccepting("member", path + "/view", "text/html");
        assertEquals("the section the page swaps in", 200, section.status());
        assertTrue(section.text(), section.text().strip().startsWith("<section class=\"samraad samraad-agenda-requests\""));
        assertTrue(section.text().contains("<span class=\"aui-lozenge aui-lozenge-success\">Accepted</span>"));
        assertEquals(404, api.getAccepting(null, API + "/meetings/999999/agenda-requests/view", "text/html").status());

        int held = meeting("HELD", null);
        assertEquals(409, api.postJson("member", API + "/meetings/" + held + "/agenda-requests",
                JSON.createObjectNode().put("title", "For sent").toString()).status());
    }

    @Test
    public void noOneAcceptsHisOwnRequestAnEditorWhoIsNotTheSecretariatDecidesNoneAndTheRequesterWithdraws() {
        String path = API + "/meetings/" + meeting + "/agenda-requests";
        int members = api.postJson("member", path, JSON.createObjectNode().put("title", "Mit eget punkt").toString())
                .json().get("id").asInt();
        Reply own = api.putJson("member", API + "/agenda-requests/" + members, answer("ACCEPTED", 0));
        assertEquals(own.text(), 403, own.status());
        assertEquals(403, api.putJson("member", API + "/agenda-requests/" + members, answer("DECLINED", 0)).status());
        int secretarys = api.postJson("secretary", path, JSON.createObjectNode().put("title", "Sekretariatets punkt")
                .toString()).json().get("id").asInt();
        assertEquals("an editor who is not the secretariat decides no one's request", 403,
                api.putJson("member", API + "/agenda-requests/" + secretarys, answer("ACCEPTED", 0)).status());
        Reply alsoOwn = api.putJson("secretary", API + "/agenda-requests/" + secretarys, answer("ACCEPTED", 0));
        assertEquals("not even the secretary accepts his own", 403, alsoOwn.status());
        assertEquals("No one accepts or declines his own request. You can withdraw it.",
                alsoOwn.json().get("message").asText());
        assertEquals("WITHDRAWN", api.putJson("secretary", API + "/agenda-requests/" + secretarys,
                answer("WITHDRAWN", 0)).json().get("status").asText());
        assertEquals("WITHDRAWN", api.putJson("member", API + "/agenda-requests/" + members,
                answer("WITHDRAWN", 0)).json().get("status").asText());
    }

    @Test
    public void aRequestAfterTheDeadlineIsTakenButLate() {
        int late = meeting("AGENDA_PUBLISHED", LocalDate.now().minusDays(2));
        Reply created = api.postJson("member", API + "/meetings/" + late + "/agenda-requests",
                JSON.createObjectNode().put("title", "Sent ønske").toString());
        assertEquals(created.text(), 201, created.status());
        assertTrue(created.json().get("late").asBoolean());
    }

    private int meeting(String status, LocalDate deadline) {
        int id = DevHostMeetings.create(councilId, "Testmøde " + status, status, deadline);
        meetings.add(id);
        return id;
    }

    private ObjectNode attendance(int version, ObjectNode... lines) {
        ObjectNode body = JSON.createObjectNode().put("version", version);
        ArrayNode array = body.putArray("lines");
        for (ObjectNode line : lines) {
            array.add(line);
        }
        return body;
    }

    private ObjectNode line(String member, String status) {
        assertTrue("the demo council has " + member, members.containsKey(member));
        return JSON.createObjectNode().put("memberId", members.get(member)).put("status", status);
    }

    private static ObjectNode guest(String name) {
        return JSON.createObjectNode().put("status", "GUEST").put("name", name);
    }

    private static String answer(String status, int version) {
        return JSON.createObjectNode().put("status", status).put("version", version).toString();
    }
}
