package org.samraad.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.samraad.testing.BrowserTest;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/** What a reader sees in a real browser on the dev host's demo space. */
public class CouncilOverviewBrowserIT extends BrowserTest {
    private static final String COUNCILS = "/rest/samraad/1.0/councils";
    private final HttpApi api = SharedDevHost.api();

    @Test
    public void theDemoSpaceHomePageShowsTheCouncilOverviewWithItsDemoData() {
        JsonNode council = demoCouncil();

        browser.get(SharedDevHost.baseUrl() + "/display/UDS");

        WebElement overview = browser.findElement(By.cssSelector("section.samraad-council"));
        assertEquals(council.get("name").asText(), overview.findElement(By.tagName("h2")).getText());
        List<WebElement> rowHeaders = overview.findElements(By.cssSelector("table.samraad-figures th[scope=row]"));
        assertEquals(4, rowHeaders.size());
        int members = Integer.parseInt(overview.findElement(By.cssSelector("td[data-figure=members]")).getText());
        assertTrue("the demo council has members", members > 0);
        assertFalse(overview.findElement(By.tagName("caption")).getText().isBlank());
    }

    @Test
    public void anAnonymousReaderGetsNoAccessToTheRestrictedSpace() {
        assertEquals(200, api.send("secretary", "GET", "/display/INT", null, null).status());
        assertNotEquals(200, api.send(null, "GET", "/display/INT", null, null).status());

        browser.get(SharedDevHost.baseUrl() + "/display/INT");

        assertTrue(browser.findElements(By.cssSelector("section.samraad")).isEmpty());
        assertFalse(browser.getPageSource().contains("ac:structured-macro"));
    }

    @Test
    public void hostileTextInTheCouncilIsShownAsTextAndNeverRuns() {
        JsonNode council = demoCouncil();
        String hostile = "<script>window.__samraad_xss=1</script><img src=x onerror=\"window.__samraad_xss=2\"> \"Råd\" & 'co'";
        try {
            update(council, hostile, "<b>fed</b>\n\n<iframe src=\"javascript:alert(1)\"></iframe>");

            browser.get(SharedDevHost.baseUrl() + "/display/UDS");

            WebElement overview = browser.findElement(By.cssSelector("section.samraad-council"));
            assertEquals(hostile, overview.findElement(By.tagName("h2")).getText());
            assertTrue(overview.findElements(By.tagName("script")).isEmpty());
            assertTrue(overview.findElements(By.tagName("img")).isEmpty());
            assertTrue(overview.findElements(By.tagName("iframe")).isEmpty());
            assertTrue(overview.findElements(By.tagName("b")).isEmpty());
            assertNull(((JavascriptExecutor) browser).executeScript("return window.__samraad_xss;"));
        } finally {
            update(demoCouncil(), council.get("name").asText(), council.path("purpose").asText(null));
        }
    }

    private JsonNode demoCouncil() {
        JsonNode items = api.get(null, COUNCILS + "?spaceKey=UDS").json().get("items");
        assertEquals("the demo space has one council", 1, items.size());
        return items.get(0);
    }

    private void update(JsonNode council, String name, String purpose) {
        ObjectNode body = JsonNodeFactory.instance.objectNode()
                .put("name", name)
                .put("kind", council.get("kind").asText())
                .put("purpose", purpose)
                .put("version", council.get("version").asInt());
        HttpApi.Reply reply = api.putJson("secretary", COUNCILS + "/" + council.get("id").asInt(), body.toString());
        assertEquals(reply.text(), 200, reply.status());
    }
}
