package org.samraad.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.UUID;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.samraad.testing.BrowserTest;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * Issue 15.3 in a real browser: the secretary opens "Edit hearing" on the response page, hands the hearing to a
 * colleague by typing their username, moves the deadline and adds the link to the material; the page shows the
 * colleague's name, and the history under the steps says who changed what and when. A change someone else made
 * meanwhile is reported, not overwritten; a wrong username is a field error beside the field.
 */
public class HearingEditBrowserIT extends BrowserTest {
    private static final String API = "/rest/samraad/1.0";

    private final HttpApi api = SharedDevHost.api();
    private final String marker = "e" + UUID.randomUUID().toString().substring(0, 8);
    private Integer hearingId;

    @Before
    public void aHearingOnItsPage() {
        int councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
        HttpApi.Reply created = api.postJson("secretary", API + "/councils/" + councilId + "/hearings",
                JsonNodeFactory.instance.objectNode().put("title", "Høring " + marker).put("deadline", "2099-03-01")
                        .put("receivedOn", "2026-11-01").toString());
        assertEquals(created.text(), 201, created.status());
        hearingId = created.json().get("id").asInt();
    }

    @After
    public void cleanUp() {
        if (hearingId != null) {
            api.delete("secretary", API + "/hearings/" + hearingId);
        }
    }

    @Test
    public void aSecretaryEditsTheHearingOnItsResponsePageAndSeesItsHistory() {
        String page = createPage("secretary", "Høringssvar " + marker,
                "<ac:structured-macro ac:name=\"samraad-hearing\" ac:schema-version=\"1\"><ac:parameter "
                        + "ac:name=\"hearing\">" + hearingId + "</ac:parameter></ac:structured-macro>");
        WebElement section = waitVisible(By.cssSelector(".samraad-hearing"));
        assertTrue(section.getText(), section.getText().contains("Registered – "));

        WebElement form = open();
        WebElement responsible = form.findElement(By.name("responsible"));
        assertTrue("the secretary, who created it, is responsible: " + responsible.getAttribute("value"),
                !responsible.getAttribute("value").isBlank());
        responsible.clear();
        responsible.sendKeys("nobody-" + marker);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement error = waitForText(By.cssSelector("p[id$='-responsible-error']"));
        assertTrue(error.getText(), error.getText().contains("nobody-" + marker));
        assertEquals("true", responsible.getAttribute("aria-invalid"));

        responsible.clear();
        responsible.sendKeys("member");
        setValue(form.findElement(By.name("deadline")), "2099-04-15");
        form.findElement(By.name("url")).sendKeys("https://kommune.example/" + marker);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(gone(form));

        section = waitVisible(By.cssSelector(".samraad-hearing"));
        assertEquals("the facts, rendered again in place, have the focus",
                section.findElement(By.cssSelector(".samraad-hearing-facts")), browser.switchTo().activeElement());
        waiting().until(d -> "Saved.".equals(d.findElement(By.id("samraad-announcer")).getAttribute("textContent")));
        String facts = section.findElement(By.cssSelector(".samraad-hearing-facts")).getText();
        assertTrue(facts, facts.contains("Mads Medlem"));
        assertTrue(facts, facts.contains("15 April 2099"));
        assertTrue(facts, facts.contains("https://kommune.example/" + marker));
        List<WebElement> lines = section.findElements(By.cssSelector(".samraad-hearing-history li"));
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).getText(), lines.get(1).getText().startsWith("Responsible person changed – "));
        assertTrue(lines.get(2).getText(), lines.get(2).getText().startsWith("Deadline moved from ")
                && lines.get(2).getText().contains("2099"));

        // someone else changes the hearing meanwhile: the form reports it and keeps what was typed
        WebElement again = open();
        int version = api.get("secretary", API + "/hearings/" + hearingId).json().get("version").asInt();
        HttpApi.Reply meanwhile = api.putJson("member", API + "/hearings/" + hearingId + "/facts",
                JsonNodeFactory.instance.objectNode().put("responsible", "member").put("deadline", "2099-05-01")
                        .put("version", version).toString());
        assertEquals(meanwhile.text(), 200, meanwhile.status());
        again.findElement(By.name("reference")).sendKeys("99-" + marker);
        again.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement status = waitForText(By.cssSelector("form.samraad-hearing-facts-form .samraad-form-status"));
        assertTrue(status.getText(), !status.getText().isBlank());
        assertEquals("99-" + marker, again.findElement(By.name("reference")).getAttribute("value"));
        browser.get(page);
        assertTrue(waitVisible(By.cssSelector(".samraad-hearing-facts")).getText().contains("1 May 2099"));
    }

    /** "Edit hearing" opens on demand, by keyboard, with the focus on the form's heading. */
    private WebElement open() {
        WebElement toggle = waitVisible(By.cssSelector(
                "button.samraad-hearing-toggle[data-form='samraad-hearing-facts-form']"));
        toggle.sendKeys(Keys.ENTER);
        WebElement form = waitVisible(By.cssSelector("form.samraad-hearing-facts-form"));
        assertEquals(form.findElement(By.tagName("h3")), browser.switchTo().activeElement());
        return form;
    }

    private void setValue(WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, value);
    }
}
