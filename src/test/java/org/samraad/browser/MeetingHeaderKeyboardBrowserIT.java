package org.samraad.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.UUID;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.samraad.testing.BrowserTest;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * The meeting header by keyboard alone (Tab, Enter, Escape; no clicks): the secretary takes a step, cancels a meeting
 * after an inline confirmation and undoes it from the result, and edits the meeting in place; after each change the
 * header is replaced without reloading the page, the focus is on the result and the page's live region says it.
 * axe-core audits the page with each form and confirmation open.
 */
public class MeetingHeaderKeyboardBrowserIT extends BrowserTest {
    private static final String API = "/rest/samraad/1.0";

    private final HttpApi api = SharedDevHost.api();
    private final String marker = "k" + UUID.randomUUID().toString().substring(0, 8);
    private int meetingId;
    private String page;

    @Before
    public void planAMeetingWithItsPage() {
        int councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
        HttpApi.Reply reply = api.postJson("member", API + "/councils/" + councilId + "/meetings",
                JsonNodeFactory.instance.objectNode().put("kind", "ORDINARY").put("date", "2098-03-05")
                        .put("startTime", "17:00").put("place", "Rådhuset").put("title", "Møde " + marker).toString());
        assertEquals(reply.text(), 201, reply.status());
        meetingId = reply.json().get("id").asInt();
        page = createPage("secretary", "Møde " + marker, "<ac:structured-macro ac:name=\"samraad-meeting\" "
                + "ac:schema-version=\"1\"><ac:parameter ac:name=\"meeting\">" + meetingId
                + "</ac:parameter></ac:structured-macro>");
        browser.get(page);
        // the page's own marker, gone once anything reloads it
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.__samraad_same_page = true;");
    }

    @After
    public void removeTheMeeting() {
        api.delete("secretary", API + "/meetings/" + meetingId);
    }

    @Test
    public void theSecretaryCancelsAMeetingAfterConfirmingAndUndoesItFromTheResultByKeyboard() {
        WebElement cancel = tabTo("Cancel the meeting");
        assertEquals("false", cancel.getAttribute("aria-expanded"));
        assertTrue("cancelling looks dangerous", cancel.getAttribute("class").contains("aui-button-danger"));
        assertTrue("the one next step is primary",
                button("Publish the agenda").getAttribute("class").contains("aui-button-primary"));

        cancel.sendKeys(Keys.ENTER);
        WebElement question = waitVisible(By.cssSelector(".samraad-meeting-cancel-question"));
        assertEquals("focus moves to the question", question, focused());
        assertTrue(question.getText(), question.getText().startsWith("Cancel this meeting?"));
        assertEquals("true", cancel.getAttribute("aria-expanded"));
        Axe.assertNoFindings(browser, "the meeting header with the cancel confirmation open");

        focused().sendKeys(Keys.ESCAPE);
        waiting().until(ExpectedConditions.invisibilityOf(question));
        assertEquals("Escape changes nothing and returns to the button", "Cancel the meeting", focused().getText());
        assertEquals("PLANNED", apiStatus());

        focused().sendKeys(Keys.ENTER);
        waitVisible(By.cssSelector(".samraad-meeting-cancel-question"));
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertEquals("Yes, cancel the meeting", focused().getText());
        WebElement before = header();
        focused().sendKeys(Keys.ENTER);
        waiting().until(gone(before));
        assertEquals("Cancelled", status());
        assertEquals("CANCELLED", apiStatus());
        assertResult("The meeting is cancelled.");

        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertEquals("the result offers undo", "Undo", focused().getText());
        before = header();
        focused().sendKeys(Keys.ENTER);
        waiting().until(gone(before));
        assertEquals("Planned", status());
        assertEquals("PLANNED", apiStatus());
        assertResult("The meeting is reinstated as planned.");

        WebElement publish = tabTo("Publish the agenda");
        before = header();
        publish.sendKeys(Keys.ENTER);
        waiting().until(gone(before));
        assertEquals("Agenda published", status());
        assertResult("Done. The meeting’s status is now: Agenda published.");
        assertEquals("never reloaded", Boolean.TRUE, ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return window.__samraad_same_page === true;"));
    }

    @Test
    public void theSecretaryEditsTheMeetingInPlaceAndEscapeClosesTheFormByKeyboard() {
        WebElement toggle = tabTo("Edit meeting");
        toggle.sendKeys(Keys.ENTER);
        WebElement heading = waitVisible(By.cssSelector("form.samraad-meeting-edit h3"));
        assertEquals("focus moves to the form", heading, focused());
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        Axe.assertNoFindings(browser, "the meeting header with Edit meeting open");

        focused().sendKeys(Keys.ESCAPE);
        waiting().until(ExpectedConditions.invisibilityOf(heading));
        assertEquals("Escape closes the form, focus back on its toggle", "Edit meeting", focused().getText());

        focused().sendKeys(Keys.ENTER);
        waitVisible(By.cssSelector("form.samraad-meeting-edit h3"));
        for (int i = 0; i < 30 && !"place".equals(focused().getAttribute("name")); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        WebElement place = focused();
        assertEquals("place", place.getAttribute("name"));
        place.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Medborgerhuset " + marker);
        WebElement before = header();
        place.sendKeys(Keys.ENTER);
        waiting().until(gone(before));
        assertTrue(header().getText(), header().getText().contains("Medborgerhuset " + marker));
        assertEquals("Medborgerhuset " + marker, api.get("secretary", API + "/meetings/" + meetingId).json()
                .get("place").asText());
        assertResult("The meeting is saved.");
        assertEquals("never reloaded", Boolean.TRUE, ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return window.__samraad_same_page === true;"));
    }

    /** The focus is on the header's result message, which says {@code text}, and the live region says it too. */
    private void assertResult(String text) {
        WebElement message = waitVisible(By.cssSelector("section.samraad-meeting .samraad-meeting-result-message"));
        assertEquals("focus goes to the result", message, focused());
        assertTrue(message.getText(), message.getText().startsWith(text));
        WebElement announcer = browser.findElement(By.id("samraad-announcer"));
        waiting().until(d -> announcer.getAttribute("textContent").startsWith(text));
    }

    private WebElement tabTo(String text) {
        return Keyboard.tabTo(browser, text);
    }

    private WebElement focused() {
        return Keyboard.focused(browser);
    }

    private WebElement header() {
        return browser.findElement(By.cssSelector("section.samraad-meeting"));
    }

    private WebElement button(String label) {
        return browser.findElement(By.xpath(
                "//section[contains(@class,'samraad-meeting')]//button[normalize-space()='" + label + "']"));
    }

    private String status() {
        return browser.findElement(By.cssSelector("section.samraad-meeting .samraad-meeting-status"))
                .getAttribute("textContent").trim();
    }

    private String apiStatus() {
        return api.get("secretary", API + "/meetings/" + meetingId).json().get("status").asText();
    }
}
