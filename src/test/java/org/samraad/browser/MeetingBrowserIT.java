package org.samraad.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.UUID;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.samraad.testing.BrowserTest;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * The meeting header in a real browser on the dev host: the steps are the secretariat's (the demo user
 * {@code secretary}, space administrator; the editor {@code member} gets none). The secretary moves a meeting from
 * planned to approved minutes with the buttons; marking it held before its start and approving minutes without
 * attendance ask in an inline dialog (Escape or Cancel changes nothing); reopening asks first and does nothing when
 * declined; hostile text stays text; anonymous readers and exports get the static header.
 */
public class MeetingBrowserIT extends BrowserTest {
    private static final String API = "/rest/samraad/1.0";
    private static final String HOSTILE =
            "<script>window.__samraad_xss=1</script><img src=x onerror=\"window.__samraad_xss=2\"> \"Åse\" & 'co'";

    private final HttpApi api = SharedDevHost.api();
    private final String marker = "m" + UUID.randomUUID().toString().substring(0, 8);
    private int meetingId;

    @Before
    public void planAMeeting() {
        int councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
        HttpApi.Reply reply = api.postJson("member", API + "/councils/" + councilId + "/meetings",
                JsonNodeFactory.instance.objectNode().put("kind", "ORDINARY").put("date", "2097-06-05")
                        .put("startTime", "17:00").put("place", HOSTILE).put("title", HOSTILE + " " + marker).toString());
        assertEquals(reply.text(), 201, reply.status());
        meetingId = reply.json().get("id").asInt();
    }

    @After
    public void removeTheMeeting() {
        int version = api.get("secretary", API + "/meetings/" + meetingId).json().get("version").asInt();
        api.postJson("secretary", API + "/meetings/" + meetingId + "/transition",
                "{\"to\":\"HELD\",\"version\":" + version + "}");
        api.delete("secretary", API + "/meetings/" + meetingId);
    }

    @Test
    public void theSecretaryTakesAMeetingToApprovedMinutesConfirmingWhatTheServerAsksAndReopensAfterConfirming() {
        String page = createPage("member", "Møde " + marker, "<ac:structured-macro ac:name=\"samraad-meeting\" "
                + "ac:schema-version=\"1\"><ac:parameter ac:name=\"meeting\">" + meetingId
                + "</ac:parameter></ac:structured-macro>");
        assertEquals("an editor who is not the secretariat gets no steps", 0L,
                count(browser.findElement(By.cssSelector("section.samraad-meeting")), "button, [data-editable]"));
        loginAs("secretary");
        browser.get(page);

        assertEquals("Planned", status());
        assertEquals(List.of("Publish the agenda", "Mark as held", "Cancel the meeting"), buttons());
        step("Publish the agenda", "Agenda published");

        // the meeting is in 2097: marking it held asks first, and cancelling the question changes nothing
        button("Mark as held").click();
        WebElement dialog = waitVisible(By.cssSelector(".samraad-meeting-confirm"));
        assertEquals("The meeting has not started yet. Mark it as held anyway?",
                dialog.findElement(By.cssSelector(".samraad-meeting-confirm-question")).getText());
        assertEquals(List.of("The meeting starts 5 June 2097 17:00."), missing(dialog));
        assertEquals("focus moves to the question", dialog.findElement(By.cssSelector(
                ".samraad-meeting-confirm-question")), browser.switchTo().activeElement());
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waiting().until(ExpectedConditions.invisibilityOf(dialog));
        assertEquals("focus returns to the step", "Mark as held", browser.switchTo().activeElement().getText());
        assertEquals("AGENDA_PUBLISHED", api.get("secretary", API + "/meetings/" + meetingId).json()
                .get("status").asText());
        confirmedStep("Mark as held", "Held");

        // nobody recorded attendance: approving lists it and asks
        button("Approve the minutes").click();
        dialog = waitVisible(By.cssSelector(".samraad-meeting-confirm"));
        assertEquals("The minutes are incomplete. Approve them anyway?",
                dialog.findElement(By.cssSelector(".samraad-meeting-confirm-question")).getText());
        assertTrue(missing(dialog).toString(), missing(dialog).contains("Attendance has not been recorded."));
        WebElement before = browser.findElement(By.cssSelector("section.samraad-meeting"));
        dialog.findElement(By.cssSelector(".samraad-meeting-confirm-yes")).click();
        waiting().until(gone(before));
        assertEquals("Minutes approved", status());
        WebElement header = browser.findElement(By.cssSelector("section.samraad-meeting"));
        assertTrue(header.getText(), header.getText().contains("Approved by Sofie Sekretær on"));

        button("Reopen the minutes").click();
        browser.switchTo().alert().dismiss();
        assertEquals("declining changes nothing", "Minutes approved", status());
        assertEquals("MINUTES_APPROVED", api.get("member", API + "/meetings/" + meetingId).json().get("status").asText());
        before = browser.findElement(By.cssSelector("section.samraad-meeting"));
        button("Reopen the minutes").click();
        browser.switchTo().alert().accept();
        waiting().until(gone(before));
        assertEquals("Held", status());
        assertTrue(browser.findElement(By.cssSelector("section.samraad-meeting")).getText().contains("Reopened by Sofie Sekretær"));

        assertNull("hostile text stays text", ((JavascriptExecutor) browser).executeScript("return window.__samraad_xss;"));
        assertEquals(HOSTILE + " " + marker, browser.findElement(By.cssSelector("section.samraad-meeting h2")).getText());

        for (String reader : new String[] {null, "reader"}) {
            loginAs(reader);
            for (String url : List.of(page, page + "&outputType=pdf")) {
                browser.get(url);
                WebElement section = browser.findElement(By.cssSelector("section.samraad-meeting"));
                assertEquals(reader + " " + url, 0L, count(section, "button, script, img, iframe, [data-editable]"));
                assertEquals("Held", status());
            }
        }
    }

    private void confirmedStep(String label, String newStatus) {
        WebElement before = browser.findElement(By.cssSelector("section.samraad-meeting"));
        button(label).click();
        waitVisible(By.cssSelector(".samraad-meeting-confirm .samraad-meeting-confirm-yes")).click();
        waiting().until(gone(before));
        assertEquals(newStatus, status());
    }

    private static List<String> missing(WebElement dialog) {
        return dialog.findElements(By.cssSelector(".samraad-meeting-confirm-missing li")).stream()
                .map(WebElement::getText).toList();
    }

    private void step(String label, String newStatus) {
        WebElement before = browser.findElement(By.cssSelector("section.samraad-meeting"));
        button(label).click();
        waiting().until(gone(before));
        assertEquals(newStatus, status());
    }

    private String status() {
        return browser.findElement(By.cssSelector("section.samraad-meeting .samraad-meeting-status")).getText();
    }

    private WebElement button(String label) {
        return waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//section[contains(@class,'samraad-meeting')]//button[normalize-space()='" + label + "']")));
    }

    private List<String> buttons() {
        return browser.findElements(By.cssSelector("button.samraad-meeting-transition")).stream()
                .map(WebElement::getText).toList();
    }
}
