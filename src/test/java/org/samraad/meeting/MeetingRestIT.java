package org.samraad.meeting;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpInLanguage;
import org.samraad.testing.SharedDevHost;

/**
 * Meetings and council settings over real HTTP against the dev host's demo space UDS. Users: secretary (space
 * administrator), member (can edit), reader (can view), anonymous (can view UDS). Meetings a test plans are dated
 * far ahead (2099) so the seed's meetings are never counted, and are removed afterwards.
 */
public class MeetingRestIT {
    private static final String API = "/rest/samraad/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpApi api = SharedDevHost.api();
    private final List<Integer> created = new ArrayList<>();
    private int councilId;

    @Before
    public void findTheDemoCouncil() {
        JsonNode items = api.get(null, API + "/councils?spaceKey=UDS").json().get("items");
        assertEquals("the demo space has one council", 1, items.size());
        councilId = items.get(0).get("id").asInt();
    }

    @After
    public void removeWhatTheTestAdded() {
        for (int id : created) {
            JsonNode meeting = api.get("secretary", API + "/meetings/" + id).json();
            if (meeting.has("status") && meeting.get("status").asText().matches("MINUTES_APPROVED|PUBLISHED")) {
                api.postJson("secretary", API + "/meetings/" + id + "/transition", "{\"to\":\"HELD\",\"version\":"
                        + meeting.get("version").asInt() + ",\"reason\":\"Test cleanup\"}");
            }
            api.delete("secretary", API + "/meetings/" + id);
        }
    }

    @Test
    public void anEditorPlansAndDeletesAMeetingTheSecretaryMovesItThroughTheLifecycle() throws Exception {
        HttpApi.Reply reply = api.postJson("member", path(), meeting("2099-03-12").toString());
        assertEquals(reply.text(), 201, reply.status());
        JsonNode meeting = reply.json();
        int id = meeting.get("id").asInt();
        created.add(id);
        assertEquals("Udsatterådet Nordby – møde 12. marts 2099", meeting.get("title").asText());
        assertEquals("2099-03-12T17:00:00", meeting.get("startsAt").asText());
        assertEquals("Europe/Copenhagen", meeting.get("zone").asText());
        assertEquals("2099-03-02", meeting.get("requestDeadline").asText());
        assertEquals("2099-03-05", meeting.get("dispatchDeadline").asText());
        assertEquals("2099-03-26", meeting.get("minutesTarget").asText());
        assertTrue(meeting.get("agendaOnTime").isNull());
        assertTrue(meeting.get("agendaSentAt").isNull());
        assertEquals("PLANNED", meeting.get("status").asText());

        JsonNode changed = api.putJson("member", API + "/meetings/" + id, meeting("2099-03-19").put("version", 0)
                .put("place", "Rådhuset").toString()).json();
        assertEquals(1, changed.get("version").asInt());
        assertEquals("2099-03-09", changed.get("requestDeadline").asText());
        assertEquals(409, api.putJson("member", API + "/meetings/" + id, meeting("2099-03-20").put("version", 0)
                .toString()).status());

        assertEquals("the lifecycle is the secretariat's, not every editor's", 403, api.postJson("member",
                API + "/meetings/" + id + "/transition", "{\"to\":\"AGENDA_PUBLISHED\",\"version\":1}").status());
        JsonNode agenda = transition("secretary", id, "AGENDA_PUBLISHED", 1);
        assertFalse(agenda.get("agendaPublishedAt").isNull());
        assertFalse("the invitation's dispatch is recorded", agenda.get("agendaSentAt").isNull());
        assertTrue("sent out long before the deadline", agenda.get("agendaOnTime").asBoolean());
        transition("secretary", id, "HELD", 2);
        JsonNode approved = transition("secretary", id, "MINUTES_APPROVED", 3);
        String secretaryKey = api.get("secretary", "/rest/api/user?username=secretary").json().get("userKey").asText();
        assertEquals(secretaryKey, approved.get("minutesApprovedBy").asText());
        assertEquals(409, api.delete("member", API + "/meetings/" + id).status());

        HttpApi.Reply refused = api.postJson("secretary", API + "/meetings/" + id + "/transition",
                "{\"to\":\"CANCELLED\",\"version\":4}");
        assertFieldErrors(refused, "to");
        assertEquals("From Minutes approved the meeting can go to: Held or Minutes published.",
                refused.json().get("errors").get(0).get("message").asText());
        assertEquals(409, api.postJson("secretary", API + "/meetings/" + id + "/transition",
                "{\"to\":\"PUBLISHED\",\"version\":1}").status());

        assertEquals(403, api.postJson("member", API + "/meetings/" + id + "/transition",
                "{\"to\":\"HELD\",\"version\":4}").status());
        HttpApi.Reply reopened = api.postJson("secretary", API + "/meetings/" + id + "/transition",
                "{\"to\":\"HELD\",\"version\":4,\"reason\":\"The decision on item 2 was wrong\"}");
        assertEquals(reopened.text(), 200, reopened.status());
        assertEquals(secretaryKey, reopened.json().get("minutesReopenedBy").asText());
        assertTrue(reopened.json().get("minutesApprovedAt").isNull());
        assertEquals(204, api.delete("member", API + "/meetings/" + id).status());
        assertNotFound(api.get("member", API + "/meetings/" + id));
        created.remove(Integer.valueOf(id));
    }

    @Test
    public void reopeningWithoutAReasonIs400InTheReadersLanguageAndTheReasonIsReadByEveryoneWhoReadsTheMeeting() {
        int id = plan("2099-05-06");
        transition("secretary", id, "HELD", 0);
        transition("secretary", id, "MINUTES_APPROVED", 1);
        String path = API + "/meetings/" + id + "/transition";
        Map<String, String> required = Map.of("en", "Say why the minutes are reopened.",
                "da", "Skriv, hvorfor referatet genåbnes.", "sv", "Skriv varför protokollet öppnas igen.");
        for (Map.Entry<String, String> language : required.entrySet()) {
            for (String body : new String[] {"{\"to\":\"HELD\",\"version\":2}",
                    "{\"to\":\"HELD\",\"version\":2,\"reason\":\"  \"}"}) {
                HttpApi.Reply refused = HttpInLanguage.send(language.getKey(), "secretary", "POST", path, body);
                assertFieldErrors(refused, "reason");
                assertEquals(language.getKey(), language.getValue(),
                        refused.json().get("errors").get(0).get("message").asText());
            }
        }
        assertFieldErrors(api.postJson("secretary", path, "{\"to\":\"HELD\",\"version\":2,\"reason\":\""
                + "x".repeat(451) + "\"}"), "reason");
        assertEquals("nothing changed", "MINUTES_APPROVED", api.get("secretary", API + "/meetings/" + id).json()
                .get("status").asText());
        assertFieldErrors(api.postJson("secretary", path,
                "{\"to\":\"PUBLISHED\",\"version\":2,\"reason\":\"Not a reopen\"}"), "reason");

        HttpApi.Reply reopened = api.postJson("secretary", path,
                "{\"to\":\"HELD\",\"version\":2,\"reason\":\" Jonas was present, not absent \"}");
        assertEquals(reopened.text(), 200, reopened.status());
        for (String user : new String[] {null, "reader", "member", "secretary"}) {
            assertEquals(String.valueOf(user), "Jonas was present, not absent",
                    api.get(user, API + "/meetings/" + id).json().get("minutesReopenReason").asText());
        }
    }

    @Test
    public void theHeadersViewIsTheMacrosSectionWithTheStepsForTheSecretariatOnly() {
        int id = plan("2099-05-20");
        String path = API + "/meetings/" + id + "/view";
        HttpApi.Reply secretary = api.getAccepting("secretary", path, "text/html");
        assertEquals(secretary.text(), 200, secretary.status());
        assertTrue(secretary.text(), secretary.text().contains("<section class=\"samraad samraad-meeting\""));
        assertTrue(secretary.text().contains("data-meeting-id=\"" + id + "\" data-version=\"0\" data-status=\"PLANNED\""));
        assertTrue(secretary.text().contains("aui-button-primary samraad-meeting-transition\" data-to=\"AGENDA_PUBLISHED\""));
        transition("secretary", id, "CANCELLED", 0);
        String cancelled = api.getAccepting("secretary", path, "text/html").text();
        assertTrue("the status as it is now", cancelled.contains("aui-lozenge-error samraad-meeting-status\">Cancelled<"));
        HttpApi.Reply reader = api.getAccepting("reader", path, "text/html");
        assertEquals(200, reader.status());
        assertFalse("readers get no steps", reader.text().contains("<button"));
        assertEquals(404, api.getAccepting("secretary", API + "/meetings/999999/view", "text/html").status());
    }

    @Test
    public void approvedMinutesRefuseAChangeOfTheFactsTheyStateWith409UntilReopened() {
        int id = plan("2099-05-13");
        transition("secretary", id, "HELD", 0);
        transition("secretary", id, "MINUTES_APPROVED", 1);
        HttpApi.Reply moved = api.putJson("member", API + "/meetings/" + id, meeting("2099-05-14").put("version", 2)
                .toString());
        assertEquals(moved.text(), 409, moved.status());
        assertEquals("The minutes of this meeting are approved, so the title, date, time, place, kind and openness to "
                + "the public that they state can no longer change. Reopen the minutes first.",
                moved.json().get("message").asText());
        assertEquals("2099-05-13T17:00:00", api.get("member", API + "/meetings/" + id).json().get("startsAt").asText());
        HttpApi.Reply reopened = api.postJson("secretary", API + "/meetings/" + id + "/transition",
                "{\"to\":\"HELD\",\"version\":2,\"reason\":\"Wrong date\"}");
        assertEquals(reopened.text(), 200, reopened.status());
        HttpApi.Reply changed = api.putJson("member", API + "/meetings/" + id, meeting("2099-05-14").put("version", 3)
                .toString());
        assertEquals(changed.text(), 200, changed.status());
    }

    @Test
    public void whoseStepCameSecondGetsAConflictWithTheMeetingAsItIsNow() {
        int id = plan("2099-07-01");
        transition("secretary", id, "AGENDA_PUBLISHED", 0);

        HttpApi.Reply late = api.postJson("secretary", API + "/meetings/" + id + "/transition",
                "{\"to\":\"AGENDA_PUBLISHED\",\"version\":0}");

        assertEquals(late.text(), 409, late.status());
        JsonNode current = late.json().get("current");
        assertEquals(id, current.get("id").asInt());
        assertEquals("AGENDA_PUBLISHED", current.get("status").asText());
        assertEquals(1, current.get("version").asInt());
        assertEquals("Someone else moved this on in the meantime: it is now Agenda published. Look at it again, then "
                + "choose the next step.", late.json().get("message").asText());
    }

    @Test
    public void readersReadAnonymousReadersOfThePublicSpaceReadAndNeitherMayChange() {
        int id = plan("2099-04-01");
        assertEquals(200, api.get(null, API + "/meetings/" + id).status());
        assertEquals(200, api.get("reader", API + "/meetings/" + id).status());
        assertEquals(403, api.postJson("reader", path(), meeting("2099-04-02").toString()).status());
        assertEquals(403, api.putJson("reader", API + "/meetings/" + id, meeting("2099-04-02").put("version", 0)
                .toString()).status());
        assertEquals(403, api.postJson("reader", API + "/meetings/" + id + "/transition",
                "{\"to\":\"HELD\",\"version\":0}").status());
        assertEquals(403, api.delete("reader", API + "/meetings/" + id).status());
        assertEquals(401, api.postJson(null, path(), meeting("2099-04-02").toString()).status());
        assertNotFound(api.get(null, API + "/meetings/987654"));
        assertNotFound(api.get(null, API + "/councils/987654/meetings"));
    }

    @Test
    public void theListFiltersByDateAndStatusAndPages() {
        int first = plan("2099-05-01");
        int second = plan("2099-05-15");
        plan("2099-06-01");
        transition("secretary", second, "CANCELLED", 0);

        JsonNode may = api.get(null, path() + "?from=2099-05-01&to=2099-05-31").json();
        assertEquals(2, may.get("total").asInt());
        assertEquals(first, may.get("items").get(0).get("id").asInt());
        assertEquals(1, api.get(null, path() + "?from=2099-01-01&status=CANCELLED").json().get("total").asInt());
        JsonNode window = api.get(null, path() + "?from=2099-01-01&limit=1&offset=1").json();
        assertEquals(3, window.get("total").asInt());
        assertEquals(1, window.get("limit").asInt());
        assertEquals(1, window.get("offset").asInt());
        assertEquals(second, window.get("items").get(0).get("id").asInt());
        assertFieldErrors(api.get(null, path() + "?from=soon&status=LATER&limit=0"), "from", "status", "limit");
    }

    @Test
    public void aMeetingBindsOnlyAnExistingPageOfItsCouncilsSpaceEvenForWhoCanSeeTheOtherSpace() {
        // the secretary can see and edit the internal space too, so only the rule stands between
        long internal = SharedDevHost.host().createPage("INT", "Sekretariatets notat " + System.nanoTime(), "<p>x</p>");
        assertFieldErrors(api.postJson("secretary", path(), meeting("2099-08-03").put("pageId", internal).toString()),
                "pageId");
        assertFieldErrors(api.postJson("secretary", path(), meeting("2099-08-03").put("pageId", internal + 1_000_000)
                .toString()), "pageId");
        assertEquals("nothing written", 0,
                api.get(null, path() + "?from=2099-08-03&to=2099-08-03").json().get("total").asInt());

        long own = SharedDevHost.host().createPage("UDS", "Møde " + System.nanoTime(), "<p>x</p>");
        HttpApi.Reply bound = api.postJson("secretary", path(), meeting("2099-08-03").put("pageId", own).toString());
        assertEquals(bound.text(), 201, bound.status());
        created.add(bound.json().get("id").asInt());
        assertEquals(own, bound.json().get("pageId").asLong());
    }

    @Test
    public void aMemberWithTheSecretaryRoleWhoCanEditTakesTheStepsAsASpaceAdministratorDoes() {
        int id = plan("2099-04-20");
        String memberKey = api.get("secretary", "/rest/api/user?username=member").json().get("userKey").asText();
        assertEquals(403, api.postJson("member", API + "/meetings/" + id + "/transition",
                "{\"to\":\"AGENDA_PUBLISHED\",\"version\":0}").status());
        HttpApi.Reply appointed = api.postJson("secretary", API + "/councils/" + councilId + "/members",
                JSON.createObjectNode().put("role", "SECRETARY").put("userKey", memberKey).put("publishConsent", true)
                        .toString());
        assertEquals(appointed.text(), 201, appointed.status());
        try {
            assertEquals("AGENDA_PUBLISHED", transition("member", id, "AGENDA_PUBLISHED", 0).get("status").asText());
        } finally {
            assertEquals(204, api.delete("secretary", API + "/members/" + appointed.json().get("id").asInt()).status());
        }
        assertEquals("no longer the secretary", 403, api.postJson("member", API + "/meetings/" + id + "/transition",
                "{\"to\":\"CANCELLED\",\"version\":1}").status());
    }

    @Test
    public void markingHeldBeforeTheStartAndApprovingIncompleteMinutesAsksForConfirmationFirst() {
        int id = plan("2099-05-20");
        String path = API + "/meetings/" + id + "/transition";
        HttpApi.Reply early = api.postJson("secretary", path, "{\"to\":\"HELD\",\"version\":0}");
        assertEquals(early.text(), 409, early.status());
        JsonNode question = early.json();
        assertTrue(question.get("confirmationRequired").asBoolean());
        assertEquals("The meeting has not started yet. Mark it as held anyway?", question.get("message").asText());
        assertEquals("NOT_STARTED", question.get("missing").get(0).get("kind").asText());
        assertEquals("The meeting starts 20 May 2099, 17:00.", question.get("missing").get(0).get("message").asText());
        assertEquals("nothing changed", "PLANNED", api.get("secretary", API + "/meetings/" + id).json()
                .get("status").asText());
        transition("secretary", id, "HELD", 0);

        HttpApi.Reply incomplete = api.postJson("secretary", path, "{\"to\":\"MINUTES_APPROVED\",\"version\":1}");
        assertEquals(incomplete.text(), 409, incomplete.status());
        JsonNode missing = incomplete.json().get("missing");
        assertEquals("The minutes are incomplete. Approve them anyway?", incomplete.json().get("message").asText());
        assertEquals("ATTENDANCE", missing.get(0).get("kind").asText());
        assertEquals("Attendance has not been recorded.", missing.get(0).get("message").asText());
        assertEquals("HELD", api.get("secretary", API + "/meetings/" + id).json().get("status").asText());
        assertEquals("MINUTES_APPROVED", transition("secretary", id, "MINUTES_APPROVED", 1).get("status").asText());
    }

    @Test
    public void wrongInputIsAFieldErrorInTheCallersLanguageAndOnlyJsonIsAccepted() {
        HttpApi.Reply wrong = api.postJson("member", path(), JSON.createObjectNode().put("kind", "WEEKLY")
                .put("date", "12.03.2099").put("startTime", "17").put("endTime", "16:00").put("place", "x".repeat(451))
                .toString());
        assertFieldErrors(wrong, "kind", "date", "startTime", "place");
        assertFieldErrors(api.postJson("member", path(), meeting("2099-03-12").put("endTime", "16:00").toString()),
                "endTime");
        assertEquals(400, api.postJson("member", path(), "{\"kind\":\"ORDINARY\",\"colour\":\"red\"}").status());
        int text = api.send("member", "POST", path(), "text/plain", meeting("2099-03-12").toString()).status();
        assertTrue("text posts are refused, got " + text, text == 403 || text == 415);
    }

    @Test
    public void theCalendarFileIsRfc5545WithAStableUid() throws Exception {
        int id = plan("2099-03-12");
        HttpResponse<String> ics = calendar(id);

        assertEquals(200, ics.statusCode());
        assertTrue(ics.headers().firstValue("Content-Type").orElse(""), ics.headers().firstValue("Content-Type")
                .orElse("").startsWith("text/calendar"));
        assertTrue(ics.body().startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assertTrue(ics.body().contains("UID:meeting-" + id + "@samraad.UDS\r\n"));
        assertTrue(ics.body().contains("DTSTART;TZID=Europe/Copenhagen:20990312T170000\r\n"));
        assertTrue(ics.body().contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Copenhagen\r\n"));
        assertEquals(404, calendar(987_654).statusCode());
    }

    @Test
    public void councilSettingsAreReadAndChangedWithFieldErrors() {
        JsonNode council = api.get(null, API + "/councils/" + councilId).json();
        assertEquals("da", council.get("locale").asText());
        assertEquals(10, council.get("requestDays").asInt());
        assertEquals(7, council.get("dispatchDays").asInt());
        assertEquals(14, council.get("minutesDays").asInt());
        assertEquals(3, council.get("actionReminderDays").asInt());
        assertTrue(council.get("meetingTitlePattern").isNull());

        ObjectNode bad = JSON.createObjectNode().put("name", council.get("name").asText())
                .put("kind", council.get("kind").asText()).put("version", council.get("version").asInt())
                .put("locale", "de").put("requestDays", 91).put("dispatchDays", -1).put("minutesDays", 100)
                .put("actionReminderDays", 31).put("meetingTitlePattern", "{council} {week}");
        assertFieldErrors(api.putJson("secretary", API + "/councils/" + councilId, bad.toString()), "locale",
                "requestDays", "dispatchDays", "minutesDays", "actionReminderDays", "meetingTitlePattern");

        ObjectNode good = JSON.createObjectNode().put("name", council.get("name").asText())
                .put("kind", council.get("kind").asText()).put("version", council.get("version").asInt())
                .put("requestDays", 12).put("meetingTitlePattern", "{kind} i {council}, {date}");
        JsonNode changed = api.putJson("secretary", API + "/councils/" + councilId, good.toString()).json();
        try {
            assertEquals(12, changed.get("requestDays").asInt());
            assertEquals("left out: kept", 7, changed.get("dispatchDays").asInt());
            int id = plan("2099-09-10");
            JsonNode meeting = api.get(null, API + "/meetings/" + id).json();
            assertEquals("møde i Udsatterådet Nordby, 10. september 2099", meeting.get("title").asText());
            assertEquals("2099-08-29", meeting.get("requestDeadline").asText());
        } finally {
            ObjectNode back = JSON.createObjectNode().put("name", council.get("name").asText())
                    .put("kind", council.get("kind").asText()).put("version", changed.get("version").asInt())
                    .put("requestDays", 10).put("meetingTitlePattern", "");
            assertEquals(200, api.putJson("secretary", API + "/councils/" + councilId, back.toString()).status());
        }
    }

    private String path() {
        return API + "/councils/" + councilId + "/meetings";
    }

    private static ObjectNode meeting(String date) {
        return JSON.createObjectNode().put("kind", "ORDINARY").put("date", date).put("startTime", "17:00")
                .put("endTime", "19:00");
    }

    private int plan(String date) {
        HttpApi.Reply reply = api.postJson("member", path(), meeting(date).toString());
        assertEquals(reply.text(), 201, reply.status());
        int id = reply.json().get("id").asInt();
        created.add(id);
        return id;
    }

    /** A step confirmed up front, as for the steps that ask (held before the start, incomplete minutes). */
    private JsonNode transition(String user, int id, String to, int version) {
        HttpApi.Reply reply = api.postJson(user, API + "/meetings/" + id + "/transition",
                "{\"to\":\"" + to + "\",\"version\":" + version + ",\"confirm\":true}");
        assertEquals(reply.text(), 200, reply.status());
        return reply.json();
    }

    private static HttpResponse<String> calendar(int id) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(SharedDevHost.baseUrl() + API + "/meetings/" + id
                + "/calendar.ics")).header("Accept", "text/calendar, */*").GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
