package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
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
import java.time.LocalDate;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.samraad.testing.DevHostMeetings;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpApi.Reply;
import org.samraad.testing.SharedDevHost;

/**
 * Who sees what of a meeting, when, over real HTTP against the dev host's public demo space UDS: anonymous and
 * reader (can view), member (can edit, vice chair: prepares the meeting), secretary (space administrator). Draft
 * agendas, unapproved decisions and attendance, closed items reached through agenda requests, and meetings and
 * hearings whose page is restricted.
 */
public class MeetingVisibilityIT {
    private static final String API = "/rest/samraad/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] OTHERS = {null, "reader"};
    private static final String[] PREPARERS = {"member", "secretary"};

    private final HttpApi api = SharedDevHost.api();
    private final List<Integer> meetings = new ArrayList<>();
    private final List<Integer> hearings = new ArrayList<>();
    private int councilId;

    @Before
    public void findTheDemoCouncil() {
        councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
    }

    @After
    public void removeWhatTheTestAdded() {
        meetings.forEach(DevHostMeetings::remove);
        hearings.forEach(id -> api.delete("secretary", API + "/hearings/" + id));
    }

    @Test
    public void aPlannedMeetingsDraftItemsAndRequestsAreSeenOnlyByThoseWhoPrepareIt() {
        int meeting = meeting("PLANNED");
        add(meeting, item("Udkast om natcaféen").put("casePresentation", "Foreløbig tekst"));
        request(meeting, "member", "Væresteder om vinteren");

        long page = SharedDevHost.host().createPage("UDS", "Udkast " + System.nanoTime(),
                "<ac:structured-macro ac:name=\"samraad-agenda\" ac:schema-version=\"1\"><ac:parameter "
                        + "ac:name=\"meeting\">" + meeting + "</ac:parameter><ac:parameter ac:name=\"view\">auto"
                        + "</ac:parameter></ac:structured-macro>");
        for (String other : OTHERS) {
            String html = api.get(other, "/pages/viewpage.action?pageId=" + page).text();
            assertFalse(html, html.contains("Udkast om natcaféen"));
            assertTrue(html.contains("The agenda is shown here once it is published."));
            assertEquals("the meeting's facts stay readable", 200, api.get(other, API + "/meetings/" + meeting).status());
            JsonNode agenda = api.get(other, API + "/meetings/" + meeting + "/agenda").json();
            assertEquals(String.valueOf(other), 0, agenda.get("total").asInt());
            assertFalse(agenda.toString().contains("Udkast"));
            JsonNode requests = api.get(other, API + "/meetings/" + meeting + "/agenda-requests").json();
            assertFalse(requests.toString(), requests.toString().contains("Væresteder"));
        }
        for (String preparer : PREPARERS) {
            assertTrue(api.get(preparer, "/pages/viewpage.action?pageId=" + page).text().contains("Udkast om natcaféen"));
            assertEquals(preparer, 1, api.get(preparer, API + "/meetings/" + meeting + "/agenda").json().get("total")
                    .asInt());
            assertTrue(api.get(preparer, API + "/meetings/" + meeting + "/agenda-requests").text()
                    .contains("Væresteder"));
        }

        status(meeting, MeetingStatus.AGENDA_PUBLISHED);
        for (String other : OTHERS) {
            assertTrue(api.get(other, API + "/meetings/" + meeting + "/agenda").text().contains("Udkast om natcaféen"));
            assertTrue(api.get(other, API + "/meetings/" + meeting + "/agenda-requests").text().contains("Væresteder"));
        }
    }

    @Test
    public void decisionsDissentAndAttendanceReachOthersOnlyOnceTheMinutesAreApproved() {
        int meeting = meeting("PLANNED");
        add(meeting, item("Budget for natcaféen").put("kind", "DECISION").put("recommendation", "Rådet anbefaler")
                .put("decision", "Rådet anbefalede tilskud.").put("dissent", "Et medlem stemte imod."));
        status(meeting, MeetingStatus.HELD);

        for (String other : OTHERS) {
            String agenda = api.get(other, API + "/meetings/" + meeting + "/agenda").text();
            assertTrue("the published agenda stays readable", agenda.contains("Rådet anbefaler"));
            assertFalse(agenda, agenda.contains("Rådet anbefalede tilskud."));
            assertFalse(agenda.contains("Et medlem stemte imod."));
            assertNotFound(api.get(other, API + "/meetings/" + meeting + "/attendance"));
            assertNotFound(api.get(other, API + "/meetings/" + meeting + "/quorum"));
        }
        for (String preparer : PREPARERS) {
            assertTrue(api.get(preparer, API + "/meetings/" + meeting + "/agenda").text()
                    .contains("Rådet anbefalede tilskud."));
            assertEquals(200, api.get(preparer, API + "/meetings/" + meeting + "/attendance").status());
            assertEquals(200, api.get(preparer, API + "/meetings/" + meeting + "/quorum").status());
        }

        status(meeting, MeetingStatus.MINUTES_APPROVED);
        for (String other : OTHERS) {
            assertTrue(api.get(other, API + "/meetings/" + meeting + "/agenda").text()
                    .contains("Et medlem stemte imod."));
            assertEquals(200, api.get(other, API + "/meetings/" + meeting + "/attendance").status());
            assertEquals(200, api.get(other, API + "/meetings/" + meeting + "/quorum").status());
        }
    }

    @Test
    public void aRequestAcceptedOntoTheAgendaAndThenClosedIsReadableOnlyByInsiders() {
        int meeting = meeting("PLANNED");
        int request = request(meeting, "member", "Sag om en navngiven borger");
        Reply accepted = api.putJson("secretary", API + "/agenda-requests/" + request,
                JSON.createObjectNode().put("status", "ACCEPTED").put("version", 0).toString());
        assertEquals(accepted.text(), 200, accepted.status());
        int itemId = accepted.json().get("agendaItemId").asInt();
        Reply closed = api.putJson("secretary", API + "/agenda-items/" + itemId,
                item("Sag om en navngiven borger").put("closed", true).put("version", 0).toString());
        assertEquals(closed.text(), 200, closed.status());
        status(meeting, MeetingStatus.PUBLISHED);

        for (String other : OTHERS) {
            String requests = api.get(other, API + "/meetings/" + meeting + "/agenda-requests").text();
            assertFalse(requests, requests.contains("navngiven borger"));
            assertFalse(api.get(other, API + "/meetings/" + meeting + "/agenda").text().contains("navngiven borger"));
        }
        for (String insider : PREPARERS) {
            assertTrue(api.get(insider, API + "/meetings/" + meeting + "/agenda-requests").text()
                    .contains("navngiven borger"));
        }
    }

    @Test
    public void aMeetingWhosePageIsRestrictedIsNotFoundAndLeftOutOfListsAndTheCalendar() {
        int meeting = meeting("PLANNED");
        long page = SharedDevHost.host().createPage("UDS", "Lukket møde " + System.nanoTime(), "<p>lukket</p>");
        MeetingEntity row = SharedDevHost.host().activeObjects().get(MeetingEntity.class, meeting);
        row.setPageId(page);
        row.save();
        add(meeting, item("Punkt på lukket side"));
        status(meeting, MeetingStatus.PUBLISHED);
        SharedDevHost.host().restrictPage(page, "secretary");

        long elsewhere = SharedDevHost.host().createPage("UDS", "Offentligt referat " + System.nanoTime(),
                "<ac:structured-macro ac:name=\"samraad-agenda\" ac:schema-version=\"1\"><ac:parameter "
                        + "ac:name=\"meeting\">" + meeting + "</ac:parameter><ac:parameter ac:name=\"view\">public"
                        + "</ac:parameter></ac:structured-macro>");
        for (String shut : new String[] {null, "reader", "member"}) {
            Reply macro = api.get(shut, "/pages/viewpage.action?pageId=" + elsewhere);
            assertEquals(200, macro.status());
            assertFalse("a macro on another page shows nothing of it", macro.text().contains("Punkt på lukket side"));
            assertTrue(macro.text().contains("The meeting could not be found, or you do not have access to it."));
            assertNotFound(api.get(shut, API + "/meetings/" + meeting));
            assertNotFound(api.get(shut, API + "/meetings/" + meeting + "/agenda"));
            assertNotFound(api.get(shut, API + "/meetings/" + meeting + "/agenda-requests"));
            assertNotFound(api.get(shut, API + "/meetings/" + meeting + "/attendance"));
            assertFalse(api.get(shut, API + "/councils/" + councilId + "/meetings?limit=500").text()
                    .contains("\"id\":" + meeting + ","));
            assertFalse(calendar(shut).contains("meeting-" + meeting + "@"));
            assertEquals(404, api.get(shut, "/pages/viewpage.action?pageId=" + page).status());
        }
        assertTrue(api.get("secretary", "/pages/viewpage.action?pageId=" + elsewhere).text()
                .contains("Punkt på lukket side"));
        assertEquals(200, api.get("secretary", API + "/meetings/" + meeting).status());
        assertTrue(api.get("secretary", API + "/meetings/" + meeting + "/agenda").text()
                .contains("Punkt på lukket side"));
        assertTrue(calendar("secretary").contains("meeting-" + meeting + "@"));

        SharedDevHost.host().restrictPage(page);
        assertEquals("lifting the restriction opens it again", 200, api.get(null, API + "/meetings/" + meeting).status());
    }

    @Test
    public void aHearingWhosePageIsRestrictedIsNotFoundAndLeftOutOfTheRegister() {
        long page = SharedDevHost.host().createPage("UDS", "Lukket høringssvar " + System.nanoTime(), "<p>x</p>");
        Reply created = api.postJson("member", API + "/councils/" + councilId + "/hearings", JSON.createObjectNode()
                .put("title", "Lukket høring").put("deadline", "2099-03-01").put("receivedOn", "2026-11-01")
                .put("pageId", page).toString());
        assertEquals(created.text(), 201, created.status());
        int hearing = created.json().get("id").asInt();
        hearings.add(hearing);
        SharedDevHost.host().restrictPage(page, "secretary");

        for (String shut : new String[] {null, "reader", "member"}) {
            assertNotFound(api.get(shut, API + "/hearings/" + hearing));
            assertNotFound(api.get(shut, API + "/hearings/" + hearing + "/events"));
            assertFalse(api.get(shut, API + "/councils/" + councilId + "/hearings?limit=100").text()
                    .contains("Lukket høring"));
        }
        assertEquals(200, api.get("secretary", API + "/hearings/" + hearing).status());
        assertTrue(api.get("secretary", API + "/councils/" + councilId + "/hearings?limit=100").text()
                .contains("Lukket høring"));
        SharedDevHost.host().restrictPage(page);
    }

    /** The council's calendar feed as {@code user} (null: anonymous), which must answer. */
    private String calendar(String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SharedDevHost.baseUrl() + API + "/councils/"
                + councilId + "/calendar.ics")).header("Accept", "text/calendar, */*").GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(response.body(), 200, response.statusCode());
            assertTrue(response.body().startsWith("BEGIN:VCALENDAR"));
            return response.body();
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private int meeting(String status) {
        int id = DevHostMeetings.create(councilId, "Synlighedstest", status, LocalDate.now().plusDays(10));
        meetings.add(id);
        return id;
    }

    private static void status(int meeting, MeetingStatus status) {
        MeetingEntity row = SharedDevHost.host().activeObjects().get(MeetingEntity.class, meeting);
        row.setStatus(status.name());
        row.save();
    }

    private static ObjectNode item(String title) {
        return JSON.createObjectNode().put("title", title).put("kind", "DISCUSSION").put("durationMinutes", 10);
    }

    private void add(int meeting, ObjectNode item) {
        Reply added = api.postJson("secretary", API + "/meetings/" + meeting + "/agenda", item.toString());
        assertEquals(added.text(), 201, added.status());
    }

    private int request(int meeting, String user, String title) {
        Reply submitted = api.postJson(user, API + "/meetings/" + meeting + "/agenda-requests",
                JSON.createObjectNode().put("title", title).toString());
        assertEquals(submitted.text(), 201, submitted.status());
        return submitted.json().get("id").asInt();
    }
}
