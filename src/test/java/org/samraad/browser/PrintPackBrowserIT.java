package org.samraad.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.samraad.council.CouncilZone;
import org.samraad.testing.BrowserTest;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * The print pack as the secretary opens and prints it in a real browser: after the agenda went out, one page in
 * large type for each member and guest without an e-mail address, in the council's language, each item's
 * easy-read text before its title; and nothing but a sentence when everyone was reached.
 */
public class PrintPackBrowserIT extends BrowserTest {
    private static final String API = "/rest/samraad/1.0";

    private final HttpApi api = SharedDevHost.api();
    private final String marker = "p" + UUID.randomUUID().toString().substring(0, 8);
    private int councilId;
    private int member;
    private int meeting;

    @Before
    public void aMemberWithoutEmailAndAMeetingWithAGuestWithoutEmail() {
        councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
        ObjectNode per = JsonNodeFactory.instance.objectNode().put("role", "SUBSTITUTE").put("name", "Per Papir " + marker)
                .put("publishConsent", true).put("termStart", LocalDate.now().minusYears(1).toString())
                .put("termEnd", LocalDate.now().plusYears(1).toString());
        HttpApi.Reply reply = api.postJson("secretary", API + "/councils/" + councilId + "/members", per.toString());
        assertEquals(reply.text(), 201, reply.status());
        member = reply.json().get("id").asInt();
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("kind", "ORDINARY")
                .put("date", LocalDate.now(CouncilZone.COPENHAGEN).plusDays(9).toString()).put("startTime", "17:00")
                .put("title", "Møde " + marker);
        reply = api.postJson("secretary", API + "/councils/" + councilId + "/meetings", body.toString());
        assertEquals(reply.text(), 201, reply.status());
        meeting = reply.json().get("id").asInt();
    }

    @After
    public void cleanUp() {
        api.delete("secretary", API + "/meetings/" + meeting);
        api.delete("secretary", API + "/members/" + member);
    }

    @Test
    public void theSecretaryPrintsOneLargeTypePageForEachPersonWithoutEmailWithEasyReadFirst() throws Exception {
        loginAs("secretary");
        browser.get(SharedDevHost.baseUrl() + API + "/meetings/" + meeting + "/print-pack");
        assertTrue("nothing sent yet, nothing to print", browser.findElements(By.cssSelector(".samraad-print-none"))
                .size() == 1);

        HttpApi.Reply guest = api.postJson("secretary", API + "/meetings/" + meeting + "/guests",
                JsonNodeFactory.instance.objectNode().put("name", "Rådmand Papir " + marker).toString());
        assertEquals(guest.text(), 201, guest.status());
        HttpApi.Reply item = api.postJson("secretary", API + "/meetings/" + meeting + "/agenda",
                JsonNodeFactory.instance.objectNode().put("title", "Varmestuen " + marker).put("kind", "DISCUSSION")
                        .put("durationMinutes", 30).put("easyRead", "Vi taler om varmestuen.").toString());
        assertEquals(item.text(), 201, item.status());
        HttpApi.Reply published = api.postJson("secretary", API + "/meetings/" + meeting + "/transition",
                "{\"to\":\"AGENDA_PUBLISHED\",\"version\":0}");
        assertEquals(published.text(), 200, published.status());
        JsonNode log = api.get("secretary", API + "/meetings/" + meeting + "/dispatches").json().get("items");
        List<String> unreached = StreamSupport.stream(log.spliterator(), false)
                .filter(e -> e.get("outcome").asText().equals("NO_ADDRESS"))
                .map(e -> e.get("recipientName").asText()).toList();
        assertTrue(unreached.toString(), unreached.containsAll(List.of("Per Papir " + marker, "Rådmand Papir " + marker)));

        browser.get(SharedDevHost.baseUrl() + API + "/meetings/" + meeting + "/print-pack");
        assertEquals("da", browser.findElement(By.tagName("html")).getAttribute("lang"));
        List<WebElement> pages = browser.findElements(By.cssSelector("section.samraad-print-page"));
        assertEquals("one page per person the dispatch could not reach", unreached.size(), pages.size());
        WebElement per = pages.stream().filter(p -> p.getText().contains("Kære Per Papir " + marker)).findFirst()
                .orElseThrow();
        String text = per.getText();
        assertTrue(text, text.contains("Dagsorden") && text.contains("Møde " + marker));
        assertTrue("easy-read first", text.indexOf("Kort fortalt: Vi taler om varmestuen.")
                < text.indexOf("Varmestuen " + marker));
        double size = Double.parseDouble(((JavascriptExecutor) browser).executeScript(
                "return parseFloat(getComputedStyle(arguments[0]).fontSize)", per).toString());
        assertTrue("large type: " + size + "px", size >= 26);
        assertEquals("a page each on paper", "page", ((JavascriptExecutor) browser).executeScript(
                "return getComputedStyle(arguments[0]).breakAfter", per));
        Path shot = Path.of("target", "print-pack.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        loginAs("member");
        browser.get(SharedDevHost.baseUrl() + API + "/meetings/" + meeting + "/print-pack");
        assertTrue("the secretariat's only", browser.findElements(By.cssSelector("section.samraad-print-page")).isEmpty());
    }
}
