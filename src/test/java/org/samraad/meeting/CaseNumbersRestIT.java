package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpInLanguage;
import org.samraad.testing.SharedDevHost;

/**
 * Issue 18.3 and 18.4 over real HTTP against the dev host's demo space UDS: case numbers on agenda items and hearings,
 * document numbers on bilag, the meeting's note-taker. Each wrong value is a 400 with a field error in the caller's
 * language (en, da, sv); approved minutes refuse a change with 409. Everything a test adds lies in 2099 and is removed.
 */
public class CaseNumbersRestIT {
    private static final String API = "/rest/samraad/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> TOO_LONG = Map.of("en", "Use at most 40 characters.",
            "da", "Brug højst 40 tegn.", "sv", "Använd högst 40 tecken.");
    private static final Map<String, String> ONE_LINE = Map.of(
            "en", "Use one line of text, without control characters or broken characters.",
            "da", "Brug én linje tekst uden kontroltegn eller ødelagte tegn.",
            "sv", "Använd en rad text utan styrtecken eller trasiga tecken.");
    private static final Map<String, String> NOT_A_MEMBER = Map.of(
            "en", "Choose the note-taker from the council’s member list.",
            "da", "Vælg referenten på rådets medlemsliste.", "sv", "Välj antecknaren i rådets ledamotslista.");

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
        for (int id : meetings) {
            JsonNode meeting = api.get("secretary", API + "/meetings/" + id).json();
            if (meeting.has("status") && meeting.get("status").asText().matches("MINUTES_APPROVED|PUBLISHED")) {
                api.postJson("secretary", API + "/meetings/" + id + "/transition", "{\"to\":\"HELD\",\"version\":"
                        + meeting.get("version").asInt() + ",\"reason\":\"Test cleanup\"}");
            }
            api.delete("secretary", API + "/meetings/" + id);
        }
        hearings.forEach(id -> api.delete("secretary", API + "/hearings/" + id));
    }

    @Test
    public void theSeedsNumbersGoInAndComeOutAndWrongOnesAreFieldErrorsInEachLanguage() {
        int meeting = plan("2099-04-07", null);
        String agenda = API + "/meetings/" + meeting + "/agenda";
        HttpApi.Reply added = api.postJson("secretary", agenda, item("Dialogmøder på Vesterbro", " 2009-20169 ",
                "64637/19").toString());
        assertEquals(added.text(), 201, added.status());
        assertEquals("2009-20169", added.json().get("caseNumber").asText());
        JsonNode read = api.get("secretary", agenda).json().get("items");
        JsonNode item = find(read, added.json().get("id").asInt());
        assertEquals("2009-20169", item.get("caseNumber").asText());
        assertEquals("64637/19", item.get("attachments").get(0).get("documentNumber").asText());

        for (String language : List.of("en", "da", "sv")) {
            HttpApi.Reply tooLong = HttpInLanguage.send(language, "secretary", "POST", agenda,
                    item("For langt", "x".repeat(41), "64637\n19").toString());
            assertEquals(tooLong.text(), 400, tooLong.status());
            assertEquals(Map.of("caseNumber", TOO_LONG.get(language),
                    "attachments[0].documentNumber", ONE_LINE.get(language)), errors(tooLong));
        }

        String register = API + "/councils/" + councilId + "/hearings";
        HttpApi.Reply hearing = api.postJson("member", register, hearing("18/19927").toString());
        assertEquals(hearing.text(), 201, hearing.status());
        hearings.add(hearing.json().get("id").asInt());
        assertEquals("18/19927", api.get(null, API + "/hearings/" + hearing.json().get("id").asInt()).json()
                .get("caseNumber").asText());
        for (String language : List.of("en", "da", "sv")) {
            HttpApi.Reply refused = HttpInLanguage.send(language, "member", "POST", register,
                    hearing("18/19927\u0007").toString());
            assertEquals(refused.text(), 400, refused.status());
            assertEquals(Map.of("caseNumber", ONE_LINE.get(language)), errors(refused));
        }
    }

    @Test
    public void theNoteTakerIsAMemberOfTheCouncilElseAFieldErrorInEachLanguageAndApprovedMinutesRefuseAChange() {
        JsonNode members = api.get("secretary", API + "/councils/" + councilId + "/members").json().get("items");
        int noteTaker = members.get(0).get("id").asInt();
        int meeting = plan("2099-04-08", noteTaker);
        JsonNode read = api.get("secretary", API + "/meetings/" + meeting).json();
        assertEquals(noteTaker, read.get("noteTaker").asInt());
        assertTrue(read.toString(), read.get("noteTakerName").asText().length() > 1);

        for (String language : List.of("en", "da", "sv")) {
            HttpApi.Reply refused = HttpInLanguage.send(language, "member", "PUT", API + "/meetings/" + meeting,
                    meeting("2099-04-08", 999_999).put("version", 0).toString());
            assertEquals(refused.text(), 400, refused.status());
            assertEquals(Map.of("noteTaker", NOT_A_MEMBER.get(language)), errors(refused));
        }

        int item = api.postJson("secretary", API + "/meetings/" + meeting + "/agenda",
                item("Budget", "2009-20169", null).toString()).json().get("id").asInt();
        transition(meeting, "HELD", 0);
        transition(meeting, "MINUTES_APPROVED", 1);
        int other = members.get(1).get("id").asInt();
        HttpApi.Reply changed = api.putJson("secretary", API + "/meetings/" + meeting,
                meeting("2099-04-08", other).put("version", 2).toString());
        assertEquals(changed.text(), 409, changed.status());
        HttpApi.Reply renumbered = api.putJson("secretary", API + "/agenda-items/" + item,
                item("Budget", "2009-99999", null).put("version", 0).toString());
        assertEquals(renumbered.text(), 409, renumbered.status());
        assertEquals(noteTaker, api.get("secretary", API + "/meetings/" + meeting).json().get("noteTaker").asInt());
        JsonNode approved = find(api.get("secretary", API + "/meetings/" + meeting + "/agenda").json().get("items"), item);
        assertEquals("2009-20169", approved.get("caseNumber").asText());
    }

    private int plan(String date, Integer noteTaker) {
        HttpApi.Reply reply = api.postJson("member", API + "/councils/" + councilId + "/meetings",
                meeting(date, noteTaker).toString());
        assertEquals(reply.text(), 201, reply.status());
        int id = reply.json().get("id").asInt();
        meetings.add(id);
        return id;
    }

    private void transition(int id, String to, int version) {
        HttpApi.Reply reply = api.postJson("secretary", API + "/meetings/" + id + "/transition",
                "{\"to\":\"" + to + "\",\"version\":" + version + ",\"confirm\":true}");
        assertEquals(reply.text(), 200, reply.status());
    }

    private static ObjectNode meeting(String date, Integer noteTaker) {
        ObjectNode meeting = JSON.createObjectNode().put("kind", "ORDINARY").put("date", date)
                .put("startTime", "17:00").put("endTime", "19:00");
        if (noteTaker != null) {
            meeting.put("noteTaker", noteTaker);
        }
        return meeting;
    }

    private static ObjectNode item(String title, String caseNumber, String documentNumber) {
        ObjectNode item = JSON.createObjectNode().put("title", title).put("kind", "DECISION")
                .put("caseNumber", caseNumber);
        if (documentNumber != null) {
            item.putArray("attachments").addObject().put("title", "Bilag til dialogmøde")
                    .put("url", "https://nordby.example/bilag.pdf").put("documentNumber", documentNumber);
        }
        return item;
    }

    private static ObjectNode hearing(String caseNumber) {
        return JSON.createObjectNode().put("title", "Høring om udsattepolitik").put("deadline", "2099-03-01")
                .put("reference", "25-1234").put("caseNumber", caseNumber);
    }

    private static JsonNode find(JsonNode items, int id) {
        for (JsonNode item : items) {
            if (item.get("id").asInt() == id) {
                return item;
            }
        }
        throw new AssertionError("no item " + id + " in " + items);
    }

    private static Map<String, String> errors(HttpApi.Reply reply) {
        Map<String, String> errors = new java.util.TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode error : reply.json().get("errors")) {
            assertTrue("one error per field: " + reply.text(), seen.add(error.get("field").asText()));
            errors.put(error.get("field").asText(), error.get("message").asText());
        }
        return errors;
    }
}
