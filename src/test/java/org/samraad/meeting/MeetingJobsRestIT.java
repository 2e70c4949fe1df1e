package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.samraad.testing.ErrorReplies.assertFieldErrors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpApi.Reply;
import org.samraad.testing.HttpInLanguage;
import org.samraad.testing.SharedDevHost;

/**
 * The secretary's meeting jobs in the page, over HTTP as the page's scripts send them: the header's "Edit meeting"
 * (PUT with the version), "Make the meeting page" (POST /meetings/{id}/page), the series preview and the plan's
 * other years. Readers are refused (403), a stale version is 409, field errors come in en, da and sv. Every meeting
 * made here is deleted afterwards.
 */
public class MeetingJobsRestIT {
    private static final String API = "/rest/samraad/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpApi api = SharedDevHost.api();
    private final List<Integer> made = new ArrayList<>();
    private int councilId;

    @Before
    public void setUp() {
        councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
    }

    @After
    public void deleteTheMeetingsMadeHere() {
        for (int id : made) {
            api.delete("secretary", API + "/meetings/" + id);
        }
    }

    private JsonNode planned(String date) {
        Reply created = api.postJson("secretary", API + "/councils/" + councilId + "/meetings", JSON.createObjectNode()
                .put("kind", "ORDINARY").put("date", date).put("startTime", "17:00").put("endTime", "19:00")
                .toString());
        assertEquals(created.text(), 201, created.status());
        made.add(created.json().get("id").asInt());
        return created.json();
    }

    private static ObjectNode edit(JsonNode meeting, String date, String start, String end, int version) {
        return JSON.createObjectNode().put("kind", "EXTRAORDINARY").put("date", date).put("startTime", start)
                .put("endTime", end).put("place", "Rådhuset, lokale 2").put("openToPublic", true)
                .put("title", meeting.get("title").asText()).put("version", version);
    }

    @Test
    public void theEditFormsChangeIsSavedWithTheVersionAndAStaleOneIs409() {
        JsonNode meeting = planned("2095-03-10");
        String path = API + "/meetings/" + meeting.get("id").asInt();

        Reply changed = api.putJson("secretary", path, edit(meeting, "2095-03-11", "16:30", "18:00", 0).toString());
        assertEquals(changed.text(), 200, changed.status());
        assertEquals("2095-03-11T16:30:00", changed.json().get("startsAt").asText());
        assertEquals("EXTRAORDINARY", changed.json().get("kind").asText());
        assertTrue(changed.json().get("openToPublic").asBoolean());
        assertEquals("the title is kept", meeting.get("title").asText(), changed.json().get("title").asText());

        Reply stale = api.putJson("member", path, edit(meeting, "2095-03-12", "16:30", "18:00", 0).toString());
        assertEquals(409, stale.status());
        assertFalse(stale.json().get("message").asText().isBlank());
        assertEquals("2095-03-11T16:30:00", api.get("secretary", path).json().get("startsAt").asText());
        assertEquals("a reader may not", 403,
                api.putJson("reader", path, edit(meeting, "2095-03-12", "16:30", "18:00", 1).toString()).status());
    }

    @Test
    public void wrongTimesAreFieldErrorsInTheReadersLanguage() {
        JsonNode meeting = planned("2095-03-17");
        String path = API + "/meetings/" + meeting.get("id").asInt();
        Map<String, String> ends = Map.of("en", "The end time must be after the start time.",
                "da", "Sluttidspunktet skal ligge efter starttidspunktet.",
                "sv", "Sluttiden måste ligga efter starttiden.");
        Map<String, String> starts = Map.of("en", "Enter a time as HH:MM, e.g. 17:00.",
                "da", "Skriv klokkeslættet som TT:MM, fx 17:00.", "sv", "Skriv tiden som TT:MM, t.ex. 17:00.");
        for (String language : ends.keySet()) {
            Reply backwards = HttpInLanguage.send(language, "secretary", "PUT", path,
                    edit(meeting, "2095-03-17", "18:00", "17:00", 0).toString());
            assertFieldErrors(backwards, "endTime");
            assertEquals(language, ends.get(language), backwards.json().get("errors").get(0).get("message").asText());
            Reply typed = HttpInLanguage.send(language, "secretary", "PUT", path,
                    edit(meeting, "2095-03-17", "5 pm", null, 0).toString());
            assertFieldErrors(typed, "startTime");
            assertEquals(language, starts.get(language), typed.json().get("errors").get(0).get("message").asText());
        }
        assertEquals(0, api.get("secretary", path).json().get("version").asInt());
    }

    @Test
    public void makeTheMeetingPageMakesOnePageForEditorsAndNoneForReaders() {
        JsonNode meeting = planned("2095-04-14");
        String path = API + "/meetings/" + meeting.get("id").asInt() + "/page";

        assertEquals(401, api.postJson(null, path, null).status());
        assertEquals(403, api.postJson("reader", path, null).status());
        Reply madeNow = api.postJson("secretary", path, null);
        assertEquals(madeNow.text(), 200, madeNow.status());
        long pageId = madeNow.json().get("pageId").asLong();
        Reply again = api.postJson("member", path, null);
        assertEquals(again.text(), 200, again.status());
        assertEquals("the second click makes no second page", pageId, again.json().get("pageId").asLong());

        JsonNode page = api.get("secretary", "/rest/api/content/" + pageId + "?expand=body.storage,version").json();
        assertEquals(meeting.get("title").asText(), page.get("title").asText());
        assertTrue(page.get("body").get("storage").get("value").asText().contains("samraad-meeting"));
        Reply shown = api.getAccepting("secretary", "/pages/viewpage.action?pageId=" + pageId, "text/html");
        assertTrue("the page shows its meeting's header", shown.text().contains("data-meeting-id=\""
                + meeting.get("id").asInt() + "\""));
    }

    @Test
    public void twoClicksAtTheSameMomentMakeOnePage() throws Exception {
        JsonNode meeting = planned("2094-05-10");
        String path = API + "/meetings/" + meeting.get("id").asInt() + "/page";
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Reply>> clicks = new ArrayList<>();
            for (String user : List.of("secretary", "member")) {
                clicks.add(two.submit(() -> {
                    together.await();
                    return api.postJson(user, path, null);
                }));
            }
            Reply first = clicks.get(0).get();
            Reply second = clicks.get(1).get();
            assertEquals(first.text(), 200, first.status());
            assertEquals(second.text(), 200, second.status());
            assertEquals("one page, whoever came second", first.json().get("pageId").asLong(),
                    second.json().get("pageId").asLong());
            assertEquals(first.json().get("pageId").asLong(),
                    api.get("secretary", API + "/meetings/" + meeting.get("id").asInt()).json().get("pageId").asLong());
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    public void theSeriesPreviewShowsTheClashesInTheReadersLanguageAndOnlyToEditors() {
        planned("2095-06-14");
        ObjectNode series = JSON.createObjectNode().put("pattern", "MONTHLY").put("year", 2095).put("week", "2")
                .put("weekday", "TUESDAY").put("startTime", "16:00");
        series.putArray("months").add(5).add(6);
        String path = API + "/councils/" + councilId + "/meetings/series/preview";

        assertEquals(403, api.postJson("reader", path, series.toString()).status());
        Reply danish = HttpInLanguage.send("da", "secretary", "POST", path, series.toString());
        assertEquals(danish.text(), 200, danish.status());
        assertEquals("10. maj 2095", danish.json().get("days").get(0).get("text").asText());
        assertTrue(danish.json().get("days").get(1).get("text").asText()
                .startsWith("14. juni 2095 – har allerede et møde: "));
        assertEquals(1, danish.json().get("skipped").asInt());
        Reply swedish = HttpInLanguage.send("sv", "secretary", "POST", path, series.put("startTime", "").toString());
        assertFieldErrors(swedish, "startTime");
        assertEquals("Fältet måste fyllas i.", swedish.json().get("errors").get(0).get("message").asText());
    }

    @Test
    public void thePlansOtherYearsAreTheMacrosHtmlForAnyoneWhoMayViewTheSpace() {
        Reply year = api.getAccepting(null, API + "/councils/" + councilId + "/plan/view?year=2030", "text/html");
        assertEquals(year.text(), 200, year.status());
        assertTrue(year.contentType().startsWith("text/html"));
        assertTrue(year.text().contains("data-year=\"2030\""));
        assertTrue(year.text().contains("?planYear=2029"));
        assertTrue(year.text().contains("?planYear=2031"));
        assertEquals(400, api.getAccepting(null, API + "/councils/" + councilId + "/plan/view?year=1999", "text/html")
                .status());
    }
}
