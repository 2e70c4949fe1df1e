package org.samraad.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.samraad.testing.BrowserTest;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * The secretary makes the annual report final from its page (button, inline confirmation by keyboard); a reader then finds "Final" and
 * the figures in the page's latest version, as Confluence's content API gives it and as the page shows it.
 */
public class FinalReportBrowserIT extends BrowserTest {
    private static final Map<String, String> FINAL = Map.of("da", "Endelig, ", "sv", "Slutgiltig, ", "en", "Final, ");

    @Test
    public void theSecretaryMakesTheReportFinalFromThePageAndAReaderSeesTheFinalFiguresInItsLatestVersion() {
        HttpApi api = SharedDevHost.api();
        String locale = api.get(null, "/rest/samraad/1.0/councils?spaceKey=UDS").json().get("items").get(0)
                .get("locale").asText();
        int year = LocalDate.now(ZoneId.of("Europe/Copenhagen")).getYear() - 4;
        String url = createPage("secretary", "Årsrapport " + year + " " + UUID.randomUUID().toString().substring(0, 8),
                "<p>Forord.</p><ac:structured-macro ac:name=\"samraad-annual-report\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"year\">" + year + "</ac:parameter></ac:structured-macro>");
        long pageId = Long.parseLong(url.replaceAll(".*pageId=(\\d+).*", "$1"));

        WebElement button = waitVisible(By.cssSelector(".samraad-report-final-button"));
        assertEquals("Make the report final", button.getText());
        InlineConfirmation.confirmAfterEscapeKeptIt(browser, button, "Make the annual report " + year + " final?",
                "Yes, make it final", "the annual report's page");
        waiting().until(gone(button));

        JsonNode content = api.get("reader", "/rest/api/content/" + pageId + "?expand=body.storage,version").json();
        assertEquals(2, content.get("version").get("number").asInt());
        String body = content.get("body").get("storage").get("value").asText();
        assertTrue(body, body.contains("<strong>" + FINAL.get(locale)));
        assertTrue(body, body.contains("<table>") && body.contains("<h3>"));
        assertFalse(body, body.contains("samraad-annual-report\""));

        loginAs("reader");
        browser.get(url);
        WebElement main = waitVisible(By.tagName("strong"));
        assertTrue(main.getText(), main.getText().startsWith(FINAL.get(locale)));
        assertTrue(count(browser.findElement(By.tagName("body")), "table") >= 3);
        assertEquals("no button for a reader", 0, count(browser.findElement(By.tagName("body")),
                ".samraad-report-final-button"));
    }
}
