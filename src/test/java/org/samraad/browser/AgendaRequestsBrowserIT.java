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
    public void aMemberProposesAnItemAndTheSecretaryAcceptsIt() {
        String page = createPage("secretary", "Ønsker " + marker,
                "<ac:structured-macro ac:name=\"samraad-agenda-requests\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"meeting\">" + meeting + "</ac:parameter></ac:structured-macro>");
        loginAs("member");
        browser.get(page);
        WebElement form = waitVisible(By.cssSelector("form.samraad-agenda-request-new"));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement title = form.findElement(By.name("title"));
        WebElement error = waitForText(By.id(title.getAttribute("id") + "-error"));
        assertEquals("true", title.getAttribute("aria-invalid"));
        assertFalse(error.getText().isBlank());

        title.sendKeys("Væresteder " + HOSTILE);
        form.findElement(By.name("description")).sendKeys("Åbningstider om vinteren");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(gone(form));

        WebElement row = waitVisible(By.cssSelector("tr.samraad-agenda-request"));
        assertTrue(row.getText(), row.getText().contains("Væresteder " + HOSTILE));
        assertTrue("the requester by name (the vice chair consented)", row.getText().contains("Mads Medlem"));
        assertTrue(row.getText().contains("Submitted"));
        assertNull(((JavascriptExecutor) browser).executeScript("return window.__samraad_xss;"));

        loginAs("secretary");
        browser.get(page);
        WebElement answer = waitVisible(By.cssSelector("form.samraad-agenda-request-form"));
        answer.findElement(By.name("answer")).sendKeys("Punkt 3 på dagsordenen");
        answer.findElement(By.cssSelector("button[value=ACCEPTED]")).click();
        waiting().until(gone(answer));

        WebElement accepted = waitVisible(By.cssSelector("tr.samraad-agenda-request"));
        assertTrue(accepted.getText(), accepted.getText().contains("Accepted"));
        assertTrue(accepted.getText().contains("Punkt 3 på dagsordenen"));
        JsonNode stored = api.get("secretary", API + "/meetings/" + meeting + "/agenda-requests").json().get("items").get(0);
        assertEquals("ACCEPTED", stored.get("status").asText());
        assertFalse(stored.get("agendaItemId").isNull());
        assertNull(((JavascriptExecutor) browser).executeScript("return window.__samraad_xss;"));
    }
}
