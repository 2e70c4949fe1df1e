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
import org.openqa.selenium.support.ui.Select;
import org.samraad.testing.BrowserTest;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * The meeting header in a real browser on the dev host: the steps are the secretariat's (the demo user
 * {@code secretary}, space administrator; the editor {@code member} gets none). The secretary moves a meeting from
 * planned to approved minutes with the buttons; marking it held before its start and approving minutes without
 * attendance ask in an inline dialog (Escape or Cancel changes nothing); reopening asks for a reason in a small
 * labelled form, by keyboard (Escape changes nothing, an empty reason gets the server's message beside the field); hostile text stays text; anonymous readers and exports get the static header.
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
                "{\"to\":\"HELD\",\"version\":" + version + ",\"reason\":\"Test cleanup\"}");
        api.delete("secretary", API + "/meetings/" + meetingId);
    }

    @Test
    public void theSecretaryTakesAMeetingToApprovedMinutesConfirmingWhatTheServerAsksAndReopensThemWithAReasonByKeyboard() {
        String page = createPage("member", "Møde " + marker, "<ac:structured-macro ac:name=\"samraad-meeting\" "
                + "ac:schema-version=\"1\"><ac:parameter ac:name=\"meeting\">" + meetingId
                + "</ac:parameter></ac:structured-macro>");
        assertEquals("an editor who is not the secretariat gets no steps", 0L,
                count(browser.findElement(By.cssSelector("section.samraad-meeting")),
                        ".samraad-meeting-workflow button, [data-editable]"));
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
        assertEquals(List.of("The meeting starts 5 June 2097, 17:00."), missing(dialog));
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

        // reopening asks why, in a small form the secretary works by keyboard alone
        WebElement reopen = button("Reopen the minutes");
        assertEquals("false", reopen.getAttribute("aria-expanded"));
        reopen.sendKeys(Keys.ENTER);
        WebElement form = waitVisible(By.cssSelector("form.samraad-meeting-reopen"));
        WebElement reason = browser.switchTo().activeElement();
        assertEquals("focus moves to the reason", "reason", reason.getAttribute("name"));
        assertEquals("Why are the minutes reopened?", form.findElement(By.cssSelector("label[for='"
                + reason.getAttribute("id") + "']")).getText());
        assertEquals("true", reason.getAttribute("aria-required"));
        assertEquals("true", reopen.getAttribute("aria-expanded"));
        reason.sendKeys(Keys.ESCAPE);
        waiting().until(ExpectedConditions.invisibilityOf(form));
        assertEquals("focus returns to the button", "Reopen the minutes", browser.switchTo().activeElement().getText());
        assertEquals("declining changes nothing", "Minutes approved", status());
        assertEquals("MINUTES_APPROVED", api.get("member", API + "/meetings/" + meetingId).json().get("status").asText());

        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitVisible(By.cssSelector("form.samraad-meeting-reopen"));
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        WebElement error = form.findElement(By.cssSelector(".samraad-meeting-reopen-error"));
        waiting().until(d -> !error.getText().isEmpty());
        assertEquals("the server's message beside the field", "Say why the minutes are reopened.", error.getText());
        assertEquals("true", browser.switchTo().activeElement().getAttribute("aria-invalid"));
        assertEquals("MINUTES_APPROVED", api.get("member", API + "/meetings/" + meetingId).json().get("status").asText());
        before = browser.findElement(By.cssSelector("section.samraad-meeting"));
        browser.switchTo().activeElement().sendKeys("Jonas was present " + HOSTILE, Keys.ENTER);
        waiting().until(gone(before));
        assertEquals("Held", status());
        String minutes = browser.findElement(By.cssSelector("section.samraad-meeting .samraad-meeting-minutes")).getText();
        assertTrue(minutes, minutes.startsWith("Reopened by Sofie Sekretær"));
        assertTrue(minutes, minutes.endsWith("Reason: Jonas was present " + HOSTILE));
        assertEquals("Jonas was present " + HOSTILE, api.get("reader", API + "/meetings/" + meetingId).json()
                .get("minutesReopenReason").asText());

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

    /** Issue 18.4: seed 004's "(antecknar)", picked from the member list in the header, never typed or sent by REST. */
    @Test
    public void theSecretaryPicksTheNoteTakerFromTheMemberListAndTheHeaderNamesThem() {
        String page = createPage("secretary", "Møde " + marker, "<ac:structured-macro ac:name=\"samraad-meeting\" "
                + "ac:schema-version=\"1\"><ac:parameter ac:name=\"meeting\">" + meetingId
                + "</ac:parameter></ac:structured-macro>");
        loginAs("secretary");
        browser.get(page);

        // the header reads first: the note-taker is chosen on demand
        WebElement toggle = waitVisible(By.cssSelector(".samraad-meeting-note-taker-toggle"));
        assertEquals("Choose the note-taker", toggle.getText());
        toggle.sendKeys(Keys.ENTER);
        WebElement form = waitVisible(By.cssSelector("form.samraad-meeting-note-taker-form"));
        WebElement select = form.findElement(By.name("noteTaker"));
        assertEquals("Note-taker (from the member list)", form.findElement(By.cssSelector("label[for='"
                + select.getAttribute("id") + "']")).getText());
        waiting().until(d -> new Select(select).getOptions().size() > 1);
        String name = new Select(select).getOptions().get(1).getText();
        new Select(select).selectByIndex(1);
        WebElement before = browser.findElement(By.cssSelector("section.samraad-meeting"));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(gone(before));

        assertEquals(name, browser.findElement(By.cssSelector("section.samraad-meeting .samraad-meeting-note-taker"))
                .getText());
        assertEquals(name, api.get("secretary", API + "/meetings/" + meetingId).json().get("noteTakerName").asText());
        assertEquals("focus goes to the result", "The note-taker is saved.",
                browser.switchTo().activeElement().getText().trim());
        waitVisible(By.cssSelector(".samraad-meeting-note-taker-toggle")).sendKeys(Keys.ENTER);
        WebElement again = waitVisible(By.cssSelector("form.samraad-meeting-note-taker-form select"));
        waiting().until(d -> new Select(again).getOptions().size() > 1);
        assertEquals("the form shows the choice", name, new Select(again).getFirstSelectedOption().getText());
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

    /** The status in words (the lozenge shows it in capitals; its text is the words). */
    private String status() {
        return browser.findElement(By.cssSelector("section.samraad-meeting .samraad-meeting-status"))
                .getAttribute("textContent").trim();
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
