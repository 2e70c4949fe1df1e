package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.samraad.testing.FormSession;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpInLanguage;
import org.samraad.testing.SharedDevHost;

/**
 * jointCouncilIds and samePersonAs over HTTP on the dev host: field errors in the reader's language (en, da, sv),
 * and 403 for a secretary who does not administer the council a meeting would be held with. Each council has a space
 * of its own: the secretary makes one (and administers it), the site administrator another that the secretary only
 * views.
 */
public class JointMeetingRestIT {
    private static final String API = "/rest/samraad/1.0";

    private final HttpApi api = SharedDevHost.api();
    private final List<Integer> created = new ArrayList<>();
    private int uds;

    @Before
    public void findTheDemoCouncil() {
        uds = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
    }

    @After
    public void removeTheMeetings() {
        for (int id : created) {
            api.delete("secretary", API + "/meetings/" + id);
        }
    }

    @Test
    public void jointCouncilIdsAreFieldErrorsInTheReadersLanguageAndNeedAdministrationOfBothCouncils() {
        int own = councilSpace("secretary", "FGR", "Følgegruppen", false);
        int notMine = councilSpace("admin", "DFI", "Dialogforum for integration", true);
        SharedDevHost.host().grantView(api.get("admin", API + "/councils/" + notMine).json().get("spaceKey").asText(),
                "secretary");

        HttpApi.Reply planned = api.postJson("secretary", API + "/councils/" + uds + "/meetings",
                meeting("[" + own + "]", null));
        assertEquals(planned.text(), 201, planned.status());
        int id = planned.json().get("id").asInt();
        created.add(id);
        assertEquals("[" + own + "]", api.get("member", API + "/meetings/" + id).json().get("jointCouncilIds").toString());

        // a council the secretary views but does not administer; an editor who administers neither
        HttpApi.Reply notAdministered = api.putJson("secretary", API + "/meetings/" + id, meeting("[" + notMine + "]", 0));
        assertEquals(notAdministered.text(), 403, notAdministered.status());
        HttpApi.Reply byEditor = api.putJson("member", API + "/meetings/" + id, meeting("[]", 0));
        assertEquals(byEditor.text(), 403, byEditor.status());
        // a council the editor cannot see is not there for them: a field error, nothing given away
        assertEquals(Map.of("jointCouncilIds[0]", "Choose a council you can see."), errors(api.postJson("member",
                API + "/councils/" + uds + "/meetings", meeting("[" + own + "]", null))));
        // an editor who sends none keeps them
        HttpApi.Reply kept = api.putJson("member", API + "/meetings/" + id, meeting(null, 0));
        assertEquals(kept.text(), 200, kept.status());
        assertEquals("[" + own + "]", kept.json().get("jointCouncilIds").toString());

        Map<String, List<String>> expected = Map.of(
                "en", List.of("The meeting is this council’s own: choose the other councils it is held with.",
                        "Choose a council you can see.", "This council is already chosen.",
                        "A meeting is held with at most 5 other councils."),
                "da", List.of("Mødet er dette råds eget: vælg de andre råd, det holdes med.",
                        "Vælg et råd, du kan se.", "Dette råd er allerede valgt.",
                        "Et møde holdes med højst 5 andre råd."),
                "sv", List.of("Mötet är detta råds eget: välj de andra råd som det hålls med.",
                        "Välj ett råd som du kan se.", "Detta råd är redan valt.",
                        "Ett möte hålls med högst 5 andra råd."));
        for (Map.Entry<String, List<String>> language : expected.entrySet()) {
            HttpApi.Reply refused = HttpInLanguage.send(language.getKey(), "secretary", "PUT", API + "/meetings/" + id,
                    meeting("[" + uds + ", 987654, " + own + ", " + own + "]", 1));
            assertEquals(refused.text(), 400, refused.status());
            Map<String, String> errors = errors(refused);
            assertEquals(language.getKey(), Map.of("jointCouncilIds[0]", language.getValue().get(0),
                    "jointCouncilIds[1]", language.getValue().get(1),
                    "jointCouncilIds[3]", language.getValue().get(2)), errors);
            HttpApi.Reply tooMany = HttpInLanguage.send(language.getKey(), "secretary", "PUT",
                    API + "/meetings/" + id, meeting("[1, 2, 3, 4, 5, 6]", 1));
            assertEquals(Map.of("jointCouncilIds", language.getValue().get(3)), errors(tooMany));
        }
        assertEquals("nothing changed", "[" + own + "]",
                api.get("secretary", API + "/meetings/" + id).json().get("jointCouncilIds").toString());
    }

    @Test
    public void samePersonAsIsAFieldErrorInTheReadersLanguage() {
        Map<String, String> expected = Map.of(
                "en", "Choose a person who sits in another council you administer.",
                "da", "Vælg en person, der sidder i et andet råd, som du administrerer.",
                "sv", "Välj en person som sitter i ett annat råd som du administrerar.");
        for (Map.Entry<String, String> language : expected.entrySet()) {
            HttpApi.Reply refused = HttpInLanguage.send(language.getKey(), "secretary", "POST",
                    API + "/councils/" + uds + "/members", "{\"role\":\"MEMBER\",\"samePersonAs\":987654}");
            assertEquals(refused.text(), 400, refused.status());
            assertEquals(language.getKey(), Map.of("samePersonAs", language.getValue()), errors(refused));
        }
        assertEquals(403, api.get("reader", API + "/councils/" + uds + "/members/other-people").status());
        assertEquals(200, api.get("secretary", API + "/councils/" + uds + "/members/other-people").status());
    }

    private static Map<String, String> errors(HttpApi.Reply reply) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (JsonNode error : reply.json().get("errors")) {
            errors.put(error.get("field").asText(), error.get("message").asText());
        }
        return errors;
    }

    private static String meeting(String joint, Integer version) {
        return "{\"kind\":\"DIALOGUE\",\"date\":\"2099-06-11\",\"startTime\":\"17:00\",\"endTime\":\"19:00\","
                + "\"place\":\"Rådhuset\",\"openToPublic\":true"
                + (joint == null ? "" : ",\"jointCouncilIds\":" + joint)
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    /** A council space made through the space wizard by {@code user}, who administers it; its council's id. */
    private int councilSpace(String user, String prefix, String councilName, boolean isPublic) {
        String key = prefix + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        HttpResponse<String> created = new FormSession(user).createCouncilSpace(key, councilName, councilName,
                "DIALOGUE_FORUM", isPublic);
        assertTrue(created.body(), created.statusCode() == 302);
        return api.get(user, API + "/councils?spaceKey=" + key).json().get("items").get(0).get("id").asInt();
    }
}
