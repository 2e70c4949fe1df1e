package org.samraad.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.samraad.testing.BrowserTest;
import org.samraad.testing.FormSession;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * The annual plan macro in a real browser on the dev host: the plan of 2098 shows a meeting and a hearing deadline
 * with their kinds in words (hostile text stays text), and the reader goes on to the year's annual report; the secretary plans the year's meetings with the series form
 * and the plan then shows them; an own entry is added and deleted in the page; readers get no forms. What a test adds lies in 2098 and is removed afterwards.
 */
public class AnnualPlanBrowserIT extends BrowserTest {
    private static final String API = "/rest/samraad/1.0";
    private static final String YEAR = "2098";
    private static final String HOSTILE =
            "<script>window.__samraad_xss=1</script><img src=x onerror=\"window.__samraad_xss=2\"> \"Åse\" & 'co'";

    private final HttpApi api = SharedDevHost.api();
    private final String marker = "p" + UUID.randomUUID().toString().substring(0, 8);
    private final List<Integer> hearings = new ArrayList<>();
    private int councilId;

    @Before
    public void findTheDemoCouncil() {
        councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
    }

    @After
    public void cleanUp() {
        for (JsonNode meeting : api.get("secretary", API + "/councils/" + councilId + "/meetings?from=" + YEAR
                + "-01-01&to=" + YEAR + "-12-31&limit=100").json().get("items")) {
            api.delete("secretary", API + "/meetings/" + meeting.get("id").asInt());
        }
        hearings.forEach(id -> api.delete("secretary", API + "/hearings/" + id));
        for (JsonNode item : api.get("secretary", API + "/councils/" + councilId + "/plan?year=" + YEAR).json()
                .get("items")) {
            if (item.get("source").asText().equals("ENTRY")) {
                api.delete("secretary", API + "/plan-entries/" + item.get("id").asInt());
            }
        }
    }

    @Test
    public void thePlanShowsMeetingsAndHearingDeadlinesWithTheirKindsInWords() {
        HttpApi.Reply meeting = api.postJson("secretary", API + "/councils/" + councilId + "/meetings",
                JsonNodeFactory.instance.objectNode().put("kind", "ORDINARY").put("date", YEAR + "-05-12")
                        .put("startTime", "16:00").put("title", "Rådsmøde " + marker).toString());
        assertEquals(meeting.text(), 201, meeting.status());
        hearing("Høring om udsattepolitik " + marker, YEAR + "-05-20");
        hearing(HOSTILE + " " + marker, YEAR + "-09-01");
        String page = createPageWithTheMacro("secretary");

        loginAs("reader");
        browser.get(page);
        WebElement may = month("May");
        String text = text(may);
        assertTrue(text, text.contains("Ordinary meeting: Rådsmøde " + marker));
        assertTrue(text, text.contains("Hearing deadline: Høring om udsattepolitik " + marker));
        assertTrue(text.indexOf("Rådsmøde " + marker) < text.indexOf("Høring om udsattepolitik " + marker));
        assertTrue(text(month("September")).contains(HOSTILE + " " + marker));
        assertNull(((JavascriptExecutor) browser).executeScript("return window.__samraad_xss;"));
        WebElement plan = browser.findElement(By.cssSelector("section.samraad-plan"));
        assertEquals(0L, count(plan, "form, script, img"));
        assertEquals("the wheel names itself for screen readers", 1L, count(plan, "svg[role=img] > title"));
        assertEquals(12L, count(plan, "svg path"));

        // the year's report, where the council's key figures are, is the next page a reader opens
        String thisYear = String.valueOf(LocalDate.now().getYear());
        HttpResponse<String> report = new FormSession("member").createFromBlueprint("UDS", "annual-report-create-item",
                Map.of("samraadBlueprint", "annual-report", "reportYear", thisYear, "title", "Årsrapport " + marker));
        assertEquals(report.body(), 302, report.statusCode());
        browser.get(SharedDevHost.baseUrl() + report.headers().firstValue("Location").orElseThrow());
        WebElement figures = waitVisible(By.cssSelector("section.samraad-annual-report"));
        assertTrue(figures.findElement(By.tagName("h2")).getText().startsWith("Annual report " + thisYear + ": "));
        assertTrue(figures.getText().contains("Meetings"));
    }

    @Test
    public void aSecretaryPlansTheYearsMeetingsAndThePlanShowsThem() {
        createPageWithTheMacro("secretary");
        waitVisible(By.cssSelector("button.samraad-plan-series-toggle")).click();
        WebElement form = waitVisible(By.cssSelector("form.samraad-plan-series"));
        WebElement year = form.findElement(By.name("year"));
        year.clear();
        year.sendKeys(YEAR);
        new Select(form.findElement(By.name("week"))).selectByValue("2");
        new Select(form.findElement(By.name("weekday"))).selectByValue("TUESDAY");
        form.findElement(By.name("startTime"));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement status = waitForText(By.cssSelector("form.samraad-plan-series .samraad-form-status"));
        assertTrue("no months chosen: " + status.getText(), status.getText().contains("This field is required."));

        for (String month : List.of("3", "6", "9", "12")) {
            form.findElement(By.cssSelector("input[name=months][value='" + month + "']")).click();
        }
        form.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(gone(form));

        for (String[] expected : new String[][] {{"March", "Tue 11 March"}, {"June", "Tue 10 June"},
                {"September", "Tue 9 September"}, {"December", "Tue 9 December"}}) {
            String text = text(month(expected[0]));
            assertTrue(text, text.contains(expected[1] + " 16:00–18:00"));
            assertTrue(text, text.contains("Ordinary meeting:") && text.contains("(Planned)")
                    && text.contains("(no page yet)"));
        }
        assertEquals(4, api.get("secretary", API + "/councils/" + councilId + "/meetings?from=" + YEAR
                + "-01-01&to=" + YEAR + "-12-31").json().get("total").asInt());
    }

    @Test
    public void aSecretaryAddsAThemeDayAndDeletesItAgain() {
        createPageWithTheMacro("secretary");
        waitVisible(By.cssSelector("button.samraad-plan-add-toggle")).click();
        WebElement form = waitVisible(By.cssSelector("form.samraad-plan-add"));
        new Select(form.findElement(By.name("kind"))).selectByValue("THEME_DAY");
        form.findElement(By.name("title")).sendKeys("Temadag " + marker);
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                form.findElement(By.name("date")), YEAR + "-04-22");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(gone(form));

        WebElement april = month("April");
        assertTrue(text(april), text(april).contains("Theme day: Temadag " + marker));
        WebElement delete = april.findElement(By.cssSelector("button.samraad-plan-delete"));
        assertEquals("Delete Temadag " + marker, delete.getAttribute("aria-label"));
        InlineConfirmation.confirmAfterEscapeKeptIt(browser, InlineConfirmation.danger(delete),
                "Delete this entry from the plan?", "Yes, delete",
                "the annual plan");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(gone(delete));
        assertTrue(text(month("April")).contains("Nothing planned."));
    }

    @Test
    public void aSecretaryAddsAnEntryByKeyboardAloneAndIsToldItIsInThePlan() {
        createPageWithTheMacro("secretary");
        KeyboardSteps keys = new KeyboardSteps(browser);
        keys.markPage();
        WebElement toggle = waitVisible(By.cssSelector("button.samraad-plan-add-toggle"));
        assertEquals("the form opens on request", 0L, count(browser.findElement(By.tagName("body")),
                "form.samraad-plan-add:not([hidden]), form.samraad-plan-series:not([hidden])"));
        keys.tabTo(toggle);
        keys.press(Keys.ENTER);
        WebElement form = waitVisible(By.cssSelector("form.samraad-plan-add"));
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        keys.assertFocused("the form's heading takes the focus",
                browser.findElement(By.id(form.getAttribute("aria-labelledby"))));
        assertEquals("one primary button", 1L, count(form, ".aui-button-primary"));
        Axe.assertNoFindings(browser, "the plan's entry form open");
        keys.press(Keys.ESCAPE);
        waiting().until(d -> !form.isDisplayed());
        keys.assertFocused("Escape closes the form, the focus back on its button", toggle);

        keys.press(Keys.ENTER);
        waitVisible(By.cssSelector("form.samraad-plan-add"));
        keys.tabTo(form.findElement(By.name("kind")));
        keys.press("Theme day");
        assertEquals("THEME_DAY", form.findElement(By.name("kind")).getAttribute("value"));
        keys.tabTo(form.findElement(By.name("title")));
        keys.press("Temadag " + marker);
        keys.tabTo(form.findElement(By.name("date")));
        keys.press("04222098");
        keys.tabTo(form.findElement(By.cssSelector("button[type=submit]")));
        keys.press(Keys.ENTER);

        keys.assertAnnounced("Temadag " + marker + " is added to the plan.");
        WebElement change = keys.waitForFocusOn("button.samraad-plan-change");
        assertEquals("the focus is on the new entry", "Change Temadag " + marker, change.getAttribute("aria-label"));
        assertTrue(text(month("April")), text(month("April")).contains("Theme day: Temadag " + marker));
        keys.assertNotReloaded();
    }

    @Test
    public void aSecretaryChangesAnEntryInPlaceAndIsToldWhenSomeoneChangedItMeanwhile() {
        HttpApi.Reply created = api.postJson("secretary", API + "/councils/" + councilId + "/plan-entries",
                JsonNodeFactory.instance.objectNode().put("kind", "CAMPAIGN").put("title", "Kampagne " + marker)
                        .put("date", YEAR + "-04-22").put("startTime", "10:00").put("endTime", "12:00")
                        .put("description", "Plakater").toString());
        assertEquals(created.text(), 201, created.status());
        int id = created.json().get("id").asInt();
        createPageWithTheMacro("secretary");

        WebElement change = month("April").findElement(By.cssSelector("button.samraad-plan-change"));
        assertEquals("Change Kampagne " + marker, change.getAttribute("aria-label"));
        change.click();
        WebElement form = browser.findElement(By.cssSelector("form.samraad-plan-add"));
        WebElement title = form.findElement(By.name("title"));
        waiting().until(d -> title.getAttribute("value").equals("Kampagne " + marker));
        WebElement heading = browser.findElement(By.id(form.getAttribute("aria-labelledby")));
        assertEquals("Change an entry in the plan", heading.getText());
        assertEquals(heading, browser.switchTo().activeElement());
        assertEquals("CAMPAIGN", new Select(form.findElement(By.name("kind"))).getFirstSelectedOption().getAttribute("value"));
        assertEquals("10:00", form.findElement(By.name("startTime")).getAttribute("value"));
        assertEquals("Plakater", form.findElement(By.name("description")).getAttribute("value"));

        title.clear();
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement error = waitForText(By.id(title.getAttribute("id") + "-error"));
        assertEquals("This field is required.", error.getText());
        assertEquals("true", title.getAttribute("aria-invalid"));
        title.sendKeys("Kampagne om bolig " + marker);
        new Select(form.findElement(By.name("kind"))).selectByValue("EVENT");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                form.findElement(By.name("date")), YEAR + "-05-06");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(gone(form));

        assertTrue(text(month("April")).contains("Nothing planned."));
        String may = text(month("May"));
        assertTrue(may, may.contains("Event: Kampagne om bolig " + marker));
        JsonNode stored = api.get(null, API + "/plan-entries/" + id).json();
        assertEquals(1, stored.get("version").asInt());
        assertEquals("the fields left alone are kept", "Plakater", stored.get("description").asText());
        assertEquals("1 entry, not a second one", 1, count(browser.findElement(By.cssSelector("section.samraad-plan")),
                "button.samraad-plan-change"));

        // someone else saves between opening the entry and saving it: a conflict, not an overwrite
        month("May").findElement(By.cssSelector("button.samraad-plan-change")).click();
        WebElement again = browser.findElement(By.cssSelector("form.samraad-plan-add"));
        waiting().until(d -> again.findElement(By.name("title")).getAttribute("value").startsWith("Kampagne om bolig"));
        assertEquals(200, api.putJson("member", API + "/plan-entries/" + id, JsonNodeFactory.instance.objectNode()
                .put("kind", "EVENT").put("title", "Kollegas titel " + marker).put("date", YEAR + "-05-06")
                .put("version", 1).toString()).status());
        again.findElement(By.name("place")).sendKeys("Rådhuset");
        again.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement status = waitForText(By.cssSelector("form.samraad-plan-add .samraad-form-status"));
        assertTrue(status.getText(), status.getText().contains("Someone else saved a change"));
        assertEquals("Kollegas titel " + marker, api.get(null, API + "/plan-entries/" + id).json().get("title").asText());

        again.findElement(By.cssSelector("button.samraad-plan-change-cancel")).click();
        assertEquals("Cancel closes the form", false, again.isDisplayed());
        assertEquals("the focus goes back to the entry's Change", month("May").findElement(
                By.cssSelector("button.samraad-plan-change")), browser.switchTo().activeElement());
        assertEquals("Add an entry to the plan",
                browser.findElement(By.id(again.getAttribute("aria-labelledby"))).getAttribute("textContent"));
        assertEquals("", again.findElement(By.name("title")).getAttribute("value"));
    }

    /** What the element says, hidden helper text included (lozenges show their words in capitals). */
    private static String text(WebElement element) {
        return element.getAttribute("textContent").replaceAll("\\s+", " ").trim();
    }

    private WebElement month(String name) {
        return browser.findElements(By.cssSelector("section.samraad-plan-month")).stream()
                .filter(m -> m.findElement(By.tagName("h3")).getText().startsWith(name)).findFirst().orElseThrow();
    }

    private void hearing(String subject, String deadline) {
        HttpApi.Reply reply = api.postJson("secretary", API + "/councils/" + councilId + "/hearings",
                JsonNodeFactory.instance.objectNode().put("title", subject).put("deadline", deadline)
                        .put("receivedOn", "2026-11-01").toString());
        assertEquals(reply.text(), 201, reply.status());
        hearings.add(reply.json().get("id").asInt());
    }

    private String createPageWithTheMacro(String user) {
        return createPage(user, "Årshjul " + marker,
                "<h1>Årshjul</h1><ac:structured-macro ac:name=\"samraad-annual-plan\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"year\">" + YEAR + "</ac:parameter>"
                        + "<ac:parameter ac:name=\"layout\">wheel</ac:parameter></ac:structured-macro>");
    }
}
