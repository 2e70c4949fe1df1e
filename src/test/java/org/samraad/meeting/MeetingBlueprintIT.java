package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.Test;
import org.samraad.testing.FormSession;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * The meeting blueprint through the dev host's create-from-blueprint flow over HTTP, as the secretary in the demo
 * space: the wizard's form, the page titled after the council's pattern, the meeting recorded for the page by the
 * plugin's listener with its standing items, and the page showing its header.
 */
public class MeetingBlueprintIT {
    private static final String API = "/rest/samraad/1.0";
    private static final String ITEM = "meeting-create-item";
    private final HttpApi api = SharedDevHost.api();

    @Test
    public void theSecretaryCreatesAMeetingPageAndItsMeetingIsRecordedFromTheWizard() {
        FormSession secretary = new FormSession("secretary");
        String wizard = secretary.get("/plugins/createcontent/wizard.action?spaceKey=UDS&itemKey=" + ITEM).body();
        assertTrue(wizard, wizard.contains("name=\"samraadBlueprint\" value=\"meeting\""));
        assertTrue(wizard.contains("<label for=\"samraad-meeting-date\">"));
        assertTrue(wizard.contains("<option value=\"THEME_DAY\">Theme day</option>"));
        assertTrue(wizard.contains("name=\"openToPublic\" value=\"true\""));

        Map<String, String> form = new LinkedHashMap<>();
        form.put("atl_token", FormSession.token(wizard));
        form.put("spaceKey", "UDS");
        form.put("itemKey", ITEM);
        form.put("samraadBlueprint", "meeting");
        form.put("meetingKind", "DIALOGUE");
        form.put("meetingDate", "2098-11-19");
        form.put("startTime", "16:30");
        form.put("endTime", "18:00");
        form.put("place", "Værestedet <Havnen>");
        form.put("openToPublic", "true");
        HttpResponse<String> created = secretary.post("/plugins/createcontent/create.action", form);

        assertEquals(created.body(), 302, created.statusCode());
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location, location.startsWith("/pages/viewpage.action?pageId="));
        long pageId = Long.parseLong(location.substring(location.indexOf('=') + 1));
        JsonNode council = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0);
        JsonNode meetings = api.get(null, API + "/councils/" + council.get("id").asInt()
                + "/meetings?from=2098-11-19&to=2098-11-19").json().get("items");
        assertEquals(1, meetings.size());
        JsonNode meeting = meetings.get(0);
        try {
            assertEquals(pageId, meeting.get("pageId").asLong());
            assertEquals("Udsatterådet Nordby – dialogmøde 19. november 2098", meeting.get("title").asText());
            assertEquals("2098-11-19T16:30:00", meeting.get("startsAt").asText());
            assertEquals("Værestedet <Havnen>", meeting.get("place").asText());
            assertTrue(meeting.get("openToPublic").asBoolean());

            String view = api.get(null, location).text();
            assertTrue("the page title follows the council's pattern",
                    view.contains("Udsatterådet Nordby – dialogmøde 19. november 2098"));
            assertTrue(view, view.contains("section class=\"samraad samraad-meeting\""));
            assertTrue(view.contains("Værestedet &lt;Havnen&gt;"));
            assertTrue(view.contains("16:30–18:00"));
            assertFalse("no storage format leaks into the view", view.contains("at:i18n"));
            assertTrue("the agenda, the requests for items and the attendance are on the page",
                    view.contains(">Agenda: Udsatterådet Nordby – dialogmøde 19. november 2098</h2>")
                            && view.contains("<section class=\"samraad samraad-agenda-requests\"")
                            && view.contains("class=\"samraad samraad-attendance-withheld\""));
            assertTrue("those who prepare the meeting see its attendance list", api.get("secretary", location).text()
                    .contains("<section class=\"samraad samraad-attendance\""));
            assertTrue("the secretary finds what the meeting's steps sent at the foot of the page",
                    api.get("secretary", location).text().contains("<section class=\"samraad samraad-dispatch-log\""));
            assertFalse("others see nothing of the dispatch log", view.contains("samraad-dispatch-log"));
            assertTrue("anonymous readers get the calendar file",
                    view.contains("href=\"/rest/samraad/1.0/meetings/" + meeting.get("id").asInt() + "/calendar.ics\""));
            assertFalse(view.contains("samraad-meeting-transition"));
            String editorView = api.get("secretary", location).text();
            assertTrue(editorView.contains("data-to=\"AGENDA_PUBLISHED\""));
            assertTrue(editorView.contains("samraad-meetings.js"));
        } finally {
            api.delete("secretary", API + "/meetings/" + meeting.get("id").asInt());
        }
    }

}
