package org.samraad.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.samraad.testing.BrowserTest;
import org.samraad.testing.DevHostMeetings;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * Requests for agenda items in a real browser: a council member (the demo user member, vice chair) proposes an
 * item, a required title is asked for beside its field, and the secretary accepts it with an answer, which puts it
 * on the agenda. Hostile text stays text. Each test makes its own meeting and removes it.
 */
public class AgendaRequestsBrowserIT extends BrowserTest {
    private static final String API = "/rest/samraad/1.0";
    private static final String HOSTILE = "<img src=x onerror=\"window.__samraad_xss=1\"> 'Åse' & co";

    private final HttpApi api = SharedDevHost.api();
    private final String marker = "r" + UUID.randomUUID().toString().substring(0, 8);
    private int meeting;

    @Before
    public void makeAMeeting() {
        int councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
        meeting = DevHostMeetings.create(councilId, "Møde " + marker, "PLANNED", LocalDate.now().plusDays(2));
    }

    @After
    public void removeTheMeeting() {
        DevHostMeetings.remove(meeting);
    }

    @Test
    public void aMemberProposesAnItemAndTheSecretaryAcceptsItByKeyboardAloneWithoutAReload() {
        String page = createPage("secretary", "Ønsker " + marker,
                "<ac:structured-macro ac:name=\"samraad-agenda-requests\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"meeting\">" + meeting + "</ac:parameter></ac:structured-macro>");
        loginAs("member");
        browser.get(page);
        ((JavascriptExecutor) browser).executeScript("window.__samraad_same_page = true;");
        // read first: the form opens on request, and Esc closes it again
        WebElement propose = waitVisible(By.cssSelector("button.samraad-agenda-request-propose"));
        WebElement form = browser.findElement(By.cssSelector("form.samraad-agenda-request-new"));
        assertFalse(form.isDisplayed());
        propose.sendKeys(Keys.ENTER);
        waiting().until(d -> form.findElement(By.tagName("h3")).equals(active()));
        assertEquals("true", propose.getAttribute("aria-expanded"));
        Axe.assertNoFindings(browser, "the request form open");
        active().sendKeys(Keys.ESCAPE);
        waiting().until(d -> !form.isDisplayed());
        assertEquals(propose, active());
        propose.sendKeys(Keys.ENTER);
        waiting().until(d -> form.findElement(By.tagName("h3")).equals(active()));

        form.findElement(By.cssSelector("button[type=submit]")).sendKeys(Keys.ENTER);
        WebElement title = form.findElement(By.name("title"));
        WebElement error = waitForText(By.id(title.getAttribute("id") + "-error"));
        assertEquals("true", title.getAttribute("aria-invalid"));
        assertFalse(error.getText().isBlank());
        assertEquals("focus on the field to mend", title, active());

        title.sendKeys("Væresteder " + HOSTILE);
        active().sendKeys(Keys.TAB);
        active().sendKeys("Åbningstider om vinteren");
        active().sendKeys(Keys.TAB);
        active().sendKeys(Keys.ENTER);
        waiting().until(gone(form));
        announced("Request \"Væresteder " + HOSTILE + "\" sent.");

        WebElement row = waitVisible(By.cssSelector("tr.samraad-agenda-request"));
        assertEquals("focus on the new request", row.findElement(By.tagName("th")), active());
        assertTrue(row.getText(), row.getText().contains("Væresteder " + HOSTILE));
        assertTrue("the requester by name (the vice chair consented)", row.getText().contains("Mads Medlem"));
        assertEquals("Submitted", row.findElement(By.cssSelector(".aui-lozenge")).getAttribute("textContent"));
        assertNull(((JavascriptExecutor) browser).executeScript("return window.__samraad_xss;"));
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return window.__samraad_same_page;"));

        loginAs("secretary");
        browser.get(page);
        WebElement answerButton = waitVisible(By.cssSelector("button.samraad-agenda-request-toggle"));
        assertEquals("Decide", answerButton.getText());
        answerButton.sendKeys(Keys.ENTER);
        WebElement answer = waitVisible(By.cssSelector("form.samraad-agenda-request-form"));
        assertEquals(answer.findElement(By.name("answer")), active());
        Axe.assertNoFindings(browser, "a request's answer form open");
        active().sendKeys("Punkt 3 på dagsordenen");
        active().sendKeys(Keys.TAB);
        assertEquals("Accept", active().getText());
        active().sendKeys(Keys.ENTER);
        waiting().until(gone(answer));
        announced("Request \"Væresteder " + HOSTILE + "\" accepted: it is now on the agenda.");

        WebElement accepted = waitVisible(By.cssSelector("tr.samraad-agenda-request"));
        assertEquals(accepted.findElement(By.tagName("th")), active());
        assertEquals("Accepted", accepted.findElement(By.cssSelector(".aui-lozenge-success"))
                .getAttribute("textContent"));
        assertTrue(accepted.getText().contains("Punkt 3 på dagsordenen"));
        JsonNode stored = api.get("secretary", API + "/meetings/" + meeting + "/agenda-requests").json().get("items").get(0);
        assertEquals("ACCEPTED", stored.get("status").asText());
        assertFalse(stored.get("agendaItemId").isNull());
        assertNull(((JavascriptExecutor) browser).executeScript("return window.__samraad_xss;"));
    }

    private WebElement active() {
        return browser.switchTo().activeElement();
    }

    private void announced(String text) {
        waiting().until(d -> d.findElement(By.id("samraad-announcer")).getText().contains(text));
    }
}
