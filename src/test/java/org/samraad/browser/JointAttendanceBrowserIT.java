package org.samraad.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.After;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.samraad.testing.BrowserTest;
import org.samraad.testing.FormSession;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * A joint meeting's attendance in the browser (seed 002): the demo council meets a dialogue forum of its own space,
 * the attendance shows each body's members under the body's name, and a person who sits in both is listed once,
 * under the demo council, with the forum noted.
 */
public class JointAttendanceBrowserIT extends BrowserTest {
    private static final String API = "/rest/samraad/1.0";

    private final HttpApi api = SharedDevHost.api();
    private final String marker = "j" + UUID.randomUUID().toString().substring(0, 6);
    private Integer meeting;

    @After
    public void removeTheMeeting() {
        if (meeting != null) {
            api.delete("secretary", API + "/meetings/" + meeting);
        }
    }

    @Test
    public void theAttendanceShowsEachBodysMembersUnderItsNameAndThePersonInBothOnce() {
        int uds = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
        String udsName = api.get(null, API + "/councils/" + uds).json().get("name").asText();
        JsonNode shared = null;
        for (JsonNode member : api.get("secretary", API + "/councils/" + uds + "/members").json().get("items")) {
            if (member.get("serving").asBoolean() && !member.get("nameHidden").asBoolean() && shared == null) {
                shared = member;
            }
        }
        String forumName = "Dialogforum " + marker;
        int forum = councilSpace(forumName);
        String term = ",\"termStart\":\"" + LocalDate.now().minusYears(1) + "\"";
        assertEquals(201, api.postJson("secretary", API + "/councils/" + forum + "/members",
                "{\"role\":\"MEMBER\",\"name\":\"Forum " + marker + "\",\"publishConsent\":true" + term + "}").status());
        HttpApi.Reply same = api.postJson("secretary", API + "/councils/" + forum + "/members",
                "{\"role\":\"MEMBER\",\"samePersonAs\":" + shared.get("id").asInt() + term + "}");
        assertEquals(same.text(), 201, same.status());
        HttpApi.Reply planned = api.postJson("secretary", API + "/councils/" + uds + "/meetings",
                "{\"kind\":\"DIALOGUE\",\"date\":\"" + LocalDate.now().plusDays(30) + "\",\"startTime\":\"17:00\","
                        + "\"title\":\"Fælles møde " + marker + "\",\"jointCouncilIds\":[" + forum + "]}");
        assertEquals(planned.text(), 201, planned.status());
        meeting = planned.json().get("id").asInt();

        createPage("secretary", "Fremmøde " + marker, "<ac:structured-macro ac:name=\"samraad-attendance\" "
                + "ac:schema-version=\"1\"><ac:parameter ac:name=\"meeting\">" + meeting
                + "</ac:parameter></ac:structured-macro>");

        waitVisible(By.cssSelector("section.samraad-attendance"));
        assertEquals(List.of("Members of " + udsName, "Members of " + forumName), texts("h3.samraad-attendance-body"));
        assertEquals(2, texts("table.samraad-attendance-table").size());
        String sharedName = shared.get("displayName").asText();
        List<String> rows = texts("tr.samraad-attendance-row th");
        assertEquals(rows.toString(), 1, rows.stream().filter(r -> r.startsWith(sharedName)).count());
        assertTrue(rows.toString(), rows.contains(sharedName + " (Also a member of " + forumName + ")"));
        // the forum's table, under the forum's heading, has the forum's other member only
        @SuppressWarnings("unchecked")
        List<String> forumRows = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "var t = document.querySelectorAll('table.samraad-attendance-table')[1];"
                        + "return Array.from(t.querySelectorAll('tr.samraad-attendance-row th'))"
                        + ".map(function (e) { return e.textContent.trim(); });");
        assertEquals(List.of("Forum " + marker), forumRows);
    }

    @Test
    public void theSecretaryHoldsAMeetingTogetherWithAnotherCouncilByTickingItInEditMeeting() {
        int uds = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
        String forumName = "Dialogforum " + marker;
        int forum = councilSpace(forumName);
        HttpApi.Reply planned = api.postJson("secretary", API + "/councils/" + uds + "/meetings",
                "{\"kind\":\"DIALOGUE\",\"date\":\"" + LocalDate.now().plusDays(31) + "\",\"startTime\":\"17:00\","
                        + "\"title\":\"Fælles møde " + marker + "\"}");
        assertEquals(planned.text(), 201, planned.status());
        meeting = planned.json().get("id").asInt();
        createPage("secretary", "Møde " + marker, "<ac:structured-macro ac:name=\"samraad-meeting\" "
                + "ac:schema-version=\"1\"><ac:parameter ac:name=\"meeting\">" + meeting
                + "</ac:parameter></ac:structured-macro>");

        WebElement toggle = waitVisible(By.cssSelector("button.samraad-meeting-edit-toggle"));
        toggle.click();
        WebElement form = waitVisible(By.cssSelector("form.samraad-meeting-edit"));
        WebElement forumBox = waiting().until(d -> form.findElements(By.xpath(
                ".//fieldset[@name='jointCouncilIds']//label[contains(., '" + forumName + "')]/input")).stream()
                .findFirst().orElse(null));
        assertTrue("the list offers the other council by name, not ticked yet", !forumBox.isSelected());
        forumBox.sendKeys(Keys.SPACE);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(gone(form));

        JsonNode saved = api.get("secretary", API + "/meetings/" + meeting).json();
        assertEquals(List.of(forum), List.of(saved.get("jointCouncilIds").get(0).asInt()));
        waitVisible(By.cssSelector("button.samraad-meeting-edit-toggle")).click();
        WebElement reopened = waitVisible(By.cssSelector("form.samraad-meeting-edit"));
        assertTrue("the form shows the council it is held with", waiting().until(d -> reopened.findElements(By.xpath(
                ".//fieldset[@name='jointCouncilIds']//label[contains(., '" + forumName + "')]/input")).stream()
                .findFirst().map(WebElement::isSelected).orElse(false)));
    }

    /** A council space the secretary makes with the space wizard (and so administers); its council's id. */
    private int councilSpace(String councilName) {
        String key = "DF" + marker.substring(1).toUpperCase().replaceAll("[^A-Z0-9]", "X");
        HttpResponse<String> created = new FormSession("secretary").createCouncilSpace(key, councilName, councilName,
                "DIALOGUE_FORUM", false);
        assertEquals(created.body(), 302, created.statusCode());
        return api.get("secretary", API + "/councils?spaceKey=" + key).json().get("items").get(0).get("id").asInt();
    }

    private List<String> texts(String css) {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(function (e) { "
                        + "return e.textContent.trim().replace(/\\s+/g, ' '); });", css);
        return texts;
    }
}
