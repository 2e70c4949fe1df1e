package org.samraad.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.After;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.samraad.testing.BrowserTest;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * The organisations macro in a real browser on the dev host: a page made in the host's editor (with its macro
 * picker) holds {@code samraad-organisations}; hostile data shows as text for every reader and never runs; a
 * space editor adds, changes and deletes organisations in place with the keyboard and sees field errors beside
 * the fields.
 */
public class OrganisationsBrowserIT extends BrowserTest {
    private static final String ORGANISATIONS = "/rest/samraad/1.0/organisations";
    private static final String HOSTILE_NAME =
            "<script>window.__samraad_xss=1</script><img src=x onerror=\"window.__samraad_xss=2\"> \"Café\" & 'co'";
    private static final String HOSTILE_OFFERS =
            "<b>fed</b>\n\n<iframe src=\"javascript:window.__samraad_xss=3\"></iframe>";
    private static final String HOSTILE_CONTACT = "\"><svg onload=\"window.__samraad_xss=4\">";

    private final HttpApi api = SharedDevHost.api();
    private final String marker = "browser-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<Integer> created = new ArrayList<>();

    @After
    public void removeTestData() {
        for (JsonNode item : api.get("admin", ORGANISATIONS + "?limit=500").json().get("items")) {
            if (item.get("name").asText().contains(marker) || created.contains(item.get("id").asInt())) {
                api.delete("secretary", ORGANISATIONS + "/" + item.get("id").asInt());
            }
        }
    }

    @Test
    public void hostileDataIsShownAsTextToEveryReaderAndNeverRuns() {
        String javascriptUrl = api.postJson("member", ORGANISATIONS,
                organisation(marker + " js", "OTHER").put("website", "javascript:window.__samraad_xss=5").toString()).text();
        assertTrue("a javascript: address is refused at validation: " + javascriptUrl, javascriptUrl.contains("\"field\":\"website\""));
        create(organisation(HOSTILE_NAME + " " + marker, "VOLUNTARY_ORGANISATION")
                .put("website", "https://example.org/?q='x")
                .put("offers", HOSTILE_OFFERS)
                .put("targetGroup", HOSTILE_NAME)
                .put("contactName", HOSTILE_CONTACT)
                .put("contactPhone", HOSTILE_CONTACT));
        String page = createPageWithTheMacro("member");

        for (String user : new String[] {"member", "reader", null}) {
            loginAs(user);
            browser.get(page);
            WebElement article = ourArticle();
            String who = String.valueOf(user);

            WebElement heading = article.findElement(By.tagName("h3"));
            assertEquals(who, HOSTILE_NAME + " " + marker, heading.getText());
            WebElement link = heading.findElement(By.tagName("a"));
            assertEquals("https://example.org/?q='x", link.getDomAttribute("href"));
            assertTrue(link.getAttribute("rel").contains("noopener"));
            List<String> offers = article.findElements(By.cssSelector(".samraad-organisation-offers p")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(who, List.of("<b>fed</b>", "<iframe src=\"javascript:window.__samraad_xss=3\"></iframe>"), offers);
            assertTrue(article.findElement(By.cssSelector(".samraad-organisation-contact")).getText().contains(HOSTILE_CONTACT));
            assertEquals(who, 0L, count(article, "script, img, iframe, svg, b"));
            assertEquals("Voluntary organisations", article.findElement(By.xpath("ancestor::section[1]/h2")).getText());
            assertNull(who, ((JavascriptExecutor) browser).executeScript("return window.__samraad_xss;"));
            boolean editor = "member".equals(user);
            assertEquals(who, editor, visibleButtons() > 0);
        }

        browser.get(page + "&outputType=pdf");
        assertEquals(HOSTILE_NAME + " " + marker, ourArticle().findElement(By.tagName("h3")).getText());
        assertEquals(0L, count(browser.findElement(By.cssSelector("section.samraad-organisations")), "form, button"));
        assertNull(((JavascriptExecutor) browser).executeScript("return window.__samraad_xss;"));
    }

    @Test
    public void anEditorAddsChangesAndDeletesAnOrganisationInPlace() {
        String page = createPageWithTheMacro("member");
        browser.get(page);
        KeyboardSteps keys = new KeyboardSteps(browser);
        keys.markPage();
        WebElement add = waitVisible(By.cssSelector("button.samraad-organisation-add"));

        keys.tabTo(add);
        keys.press(Keys.ENTER);
        WebElement form = waitVisible(By.cssSelector("form.samraad-organisation-form"));
        assertEquals("one primary button", 1L, count(form, ".aui-button-primary"));
        Axe.assertNoFindings(browser, "the organisation form open");
        WebElement name = form.findElement(By.name("name"));
        assertEquals("the name field has the focus", name, browser.switchTo().activeElement());
        keys.press(Keys.ESCAPE);
        assertFalse("Escape closes the form", form.isDisplayed());
        assertEquals("and gives the focus back", add, browser.switchTo().activeElement());

        keys.press(Keys.ENTER);
        keys.assertFocused("the name field has the focus again", name);
        keys.press(marker + " Gadeteamet");
        keys.tabTo(form.findElement(By.name("kind")));
        keys.press("Municipal");
        assertEquals("MUNICIPAL_DEPARTMENT", form.findElement(By.name("kind")).getAttribute("value"));
        WebElement website = form.findElement(By.name("website"));
        keys.tabTo(website);
        keys.press("javascript:alert(1)");
        WebElement email = form.findElement(By.name("contactEmail"));
        keys.tabTo(email);
        keys.press("ikke en adresse");
        keys.tabTo(form.findElement(By.cssSelector("button[type=submit]")));
        keys.press(Keys.ENTER);

        WebElement websiteError = waitForText(By.id(website.getAttribute("id") + "-error"));
        assertEquals("true", website.getAttribute("aria-invalid"));
        assertTrue(website.getAttribute("aria-describedby").contains(websiteError.getAttribute("id")));
        assertTrue("the help stays linked", website.getAttribute("aria-describedby").contains(website.getAttribute("id") + "-help"));
        assertFalse(browser.findElement(By.id(email.getAttribute("id") + "-error")).getText().isBlank());
        assertEquals("true", email.getAttribute("aria-invalid"));
        assertFalse("the form says what is wrong in words", form.findElement(By.cssSelector(".samraad-form-status")).getText().isBlank());
        assertEquals("the first field in error gets the focus", website, browser.switchTo().activeElement());

        keys.replaceText("https://gadeteamet.example.org");
        keys.tabTo(form.findElement(By.name("offers")));
        keys.press("Opsøgende arbejde.");
        keys.tabTo(form.findElement(By.name("contactName")));
        keys.press("Gadeteamet, vagttelefon");
        keys.tabTo(email);
        keys.replaceText("gadeteam@nordby.example.org");
        keys.tabTo(form.findElement(By.cssSelector("button[type=submit]")));
        keys.press(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(gone(form));

        WebElement article = ourArticle();
        assertEquals(marker + " Gadeteamet", article.findElement(By.tagName("h3")).getText());
        assertEquals("Municipal departments", article.findElement(By.xpath("ancestor::section[1]/h2")).getText());
        waiting().until(d -> keys.announced().contains(marker + " Gadeteamet"));
        assertEquals("the saved organisation has the focus", article.findElement(By.tagName("h3")),
                browser.switchTo().activeElement());

        article.findElement(By.cssSelector("button.samraad-organisation-edit")).click();
        form = waitVisible(By.cssSelector("form.samraad-organisation-form"));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !d.findElement(By.cssSelector(
                "form.samraad-organisation-form [name=name]")).getAttribute("value").isEmpty());
        assertEquals("https://gadeteamet.example.org", form.findElement(By.name("website")).getAttribute("value"));
        assertEquals("MUNICIPAL_DEPARTMENT", form.findElement(By.name("kind")).getAttribute("value"));
        WebElement offers = form.findElement(By.name("offers"));
        offers.clear();
        offers.sendKeys("Opsøgende arbejde om natten.");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(gone(form));
        assertEquals("Opsøgende arbejde om natten.",
                ourArticle().findElement(By.cssSelector(".samraad-organisation-offers")).getText());

        article = ourArticle();
        InlineConfirmation.confirmAfterEscapeKeptIt(browser,
                InlineConfirmation.danger(article.findElement(By.cssSelector("button.samraad-organisation-delete"))),
                "Delete " + marker + " Gadeteamet from the directory?", "Yes, delete", "the organisation directory");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(gone(article));
        assertTrue(ourArticles().isEmpty());
        waiting().until(d -> keys.announced().contains(marker + " Gadeteamet"));
        assertEquals("the focus is on Add organisation", browser.findElement(By.cssSelector(
                "button.samraad-organisation-add")), browser.switchTo().activeElement());
        keys.assertNotReloaded();
    }

    /** Makes a page in UDS through the host's editor, inserting the macro with the editor's macro picker. */
    private String createPageWithTheMacro(String user) {
        loginAs(user);
        browser.get(SharedDevHost.baseUrl() + "/pages/createpage.action?spaceKey=UDS");
        browser.findElement(By.id("content-title")).sendKeys("Tilbudsoversigt " + marker);
        WebElement body = browser.findElement(By.id("content-body"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = ''; arguments[0].setSelectionRange(0, 0);", body);
        WebElement picker = browser.findElement(By.xpath("//form[@data-macro-name='samraad-organisations']/ancestor::details"));
        picker.findElement(By.tagName("summary")).click();
        picker.findElement(By.cssSelector("button.insert-macro")).click();
        assertTrue(body.getAttribute("value").contains("ac:name=\"samraad-organisations\""));
        browser.findElement(By.cssSelector("form.host-editor button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("viewpage.action"));
        return browser.getCurrentUrl();
    }

    private void create(ObjectNode body) {
        HttpApi.Reply reply = api.postJson("member", ORGANISATIONS, body.toString());
        assertEquals(reply.text(), 201, reply.status());
        created.add(reply.json().get("id").asInt());
    }

    private ObjectNode organisation(String name, String kind) {
        return JsonNodeFactory.instance.objectNode().put("spaceKey", "UDS").put("name", name).put("kind", kind);
    }

    private WebElement ourArticle() {
        List<WebElement> ours = ourArticles();
        assertEquals("one organisation of this test on the page", 1, ours.size());
        return ours.get(0);
    }

    private List<WebElement> ourArticles() {
        return browser.findElements(By.cssSelector("article.samraad-organisation")).stream()
                .filter(a -> a.findElement(By.tagName("h3")).getText().contains(marker)).toList();
    }

    private long visibleButtons() {
        return (Long) ((JavascriptExecutor) browser).executeScript("return Array.from(document.querySelectorAll("
                + "'.samraad-organisations button')).filter(function (b) { return b.offsetParent !== null; }).length;");
    }}
