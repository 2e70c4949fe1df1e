package org.samraad.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.samraad.platform.ReaderDates;
import org.samraad.testing.BrowserTest;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * The action register macro in a real browser on the dev host: a space editor (the demo user {@code member}, who
 * can edit UDS) creates actions for two organisations through the REST API and a page with the macro through the
 * editor, closes one action inline and sees it leave the open list, changes a due date inline, filters by
 * organisation, pages, reads an action's history, downloads the CSV, and finds the owner's reminder in the dev host's
 * outbox; hostile text stays text; anonymous readers and exports get the static table. Each test marks its
 * organisations and actions with a unique marker and removes them.
 */
public class ActionsBrowserIT extends BrowserTest {
    private static final String API = "/rest/samraad/1.0";
    private static final String HOSTILE =
            "<script>window.__samraad_xss=1</script><img src=x onerror=\"window.__samraad_xss=2\"> \"Åse\" & 'co'";

    private final HttpApi api = SharedDevHost.api();
    private final String marker = "a" + UUID.randomUUID().toString().substring(0, 8);
    private final List<Integer> actions = new ArrayList<>();
    private final List<Integer> organisations = new ArrayList<>();
    private int councilId;

    @Before
    public void findTheDemoCouncil() {
        councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
    }

    @After
    public void cleanUp() {
        for (int id : actions) {
            api.delete("secretary", API + "/actions/" + id);
        }
        for (int id : organisations) {
            api.delete("secretary", API + "/organisations/" + id);
        }
    }

    @Test
    public void aSpaceEditorClosesAnActionInlineAndItLeavesTheOpenList() {
        int redCross = organisation("Røde Kors " + marker);
        int hela = organisation("Hela människan " + marker);
        int closing = action("Send information " + marker, hela, LocalDate.now().minusDays(2));
        action("Kortlæg behov " + marker, redCross, LocalDate.now().plusDays(3));
        action("Planlæg temadag " + marker, redCross, null);
        String page = createPageWithTheMacro("member");

        WebElement register = browser.findElement(By.cssSelector("section.samraad-actions"));
        assertEquals(List.of("Send information " + marker, "Kortlæg behov " + marker, "Planlæg temadag " + marker),
                ours(register));
        List<String> organisationTotals = totals(register);
        assertTrue(organisationTotals.toString(), organisationTotals.contains("Røde Kors " + marker + " 2"));
        assertTrue(organisationTotals.contains("Hela människan " + marker + " 1"));
        WebElement overdue = row("Send information " + marker);
        assertTrue(overdue.getAttribute("class").contains("samraad-action-overdue"));
        assertTrue("overdue in words", overdue.getAttribute("textContent").contains("Overdue"));
        assertTrue("an action without owner or contact is flagged to the editor in words",
                overdue.getText().contains("No one can be reached for this action"));
        String csv = register.findElement(By.cssSelector("a.samraad-actions-csv")).getAttribute("href");
        assertTrue(csv, csv.startsWith(SharedDevHost.baseUrl() + "/rest/samraad/1.0/actions.csv?councilId=" + councilId));

        // a wrong value is refused beside its input, for screen readers too
        WebElement form = ActionRows.openProgress(browser, "tr[data-action-id='" + closing + "']");
        WebElement percent = form.findElement(By.name("percentDone"));
        percent.clear();
        percent.sendKeys("150");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement error = waitForText(By.id(percent.getAttribute("id") + "-error"));
        assertEquals("true", percent.getAttribute("aria-invalid"));
        assertTrue(percent.getAttribute("aria-describedby").contains(error.getAttribute("id")));
        assertEquals(0, api.get("member", API + "/actions/" + closing).json().get("percentDone").asInt());

        percent.clear();
        new Select(form.findElement(By.name("status"))).selectByValue("DONE");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(gone(form));

        register = browser.findElement(By.cssSelector("section.samraad-actions"));
        assertEquals(List.of("Kortlæg behov " + marker, "Planlæg temadag " + marker), ours(register));
        assertFalse(totals(register)
                .contains("Hela människan " + marker + " 1"));
        JsonNode done = api.get("member", API + "/actions/" + closing).json();
        assertEquals("DONE", done.get("status").asText());
        assertEquals(100, done.get("percentDone").asInt());
        assertEquals("the rest of the action is kept", "Send information " + marker, done.get("title").asText());
        assertEquals(hela, done.get("organisationId").asInt());
        assertEquals(1, done.get("version").asInt());
    }

    @Test
    public void aChangeSavedElsewhereSinceThePageWasShownIsNotOverwritten() {
        int redCross = organisation("Røde Kors " + marker);
        int id = action("Planlæg temadag " + marker, redCross, LocalDate.now().plusDays(10));
        createPageWithTheMacro("member");
        WebElement form = ActionRows.openProgress(browser, "tr[data-action-id='" + id + "']");
        ObjectNode elsewhere = JsonNodeFactory.instance.objectNode().put("title", "Planlæg temadag " + marker)
                .put("organisationId", redCross).put("ownerName", "Maria " + marker).put("status", "IN_PROGRESS")
                .put("percentDone", 30).put("version", 0);
        assertEquals(200, api.putJson("secretary", API + "/actions/" + id, elsewhere.toString()).status());

        new Select(form.findElement(By.name("status"))).selectByValue("CANCELLED");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement status = waitForText(By.cssSelector("tr[data-action-id='" + id + "'] .samraad-form-status"));
        assertTrue(status.getText(), status.getText().contains("Someone else saved a change in the meantime"));
        JsonNode stored = api.get("member", API + "/actions/" + id).json();
        assertEquals("IN_PROGRESS", stored.get("status").asText());
        assertEquals(30, stored.get("percentDone").asInt());
    }

    @Test
    public void hostileTitlesAreTextAndReadersAndExportsGetTheStaticTable() {
        int redCross = organisation(HOSTILE + " " + marker);
        action(HOSTILE + " " + marker, redCross, LocalDate.now().minusDays(1));
        String page = createPageWithTheMacro("member");

        for (String reader : new String[] {null, "reader"}) {
            loginAs(reader);
            for (String url : List.of(page, page + "&outputType=pdf")) {
                browser.get(url);
                WebElement register = browser.findElement(By.cssSelector("section.samraad-actions"));
                assertTrue(ours(register).contains(HOSTILE + " " + marker));
                assertTrue(texts(register, "table.samraad-action-totals-organisation tbody th")
                        .contains(HOSTILE + " " + marker));
                // readers filter and page (the live page only); nothing else is a control
                assertEquals(reader + " " + url, 0L, count(register,
                        "form:not(.samraad-actions-filter), button:not(.samraad-action-history-toggle)"
                                + ":not(.samraad-actions-filter *):not(.samraad-actions-paging *), script, img, iframe,"
                                + " [data-editable], .samraad-action-change-toggle"));
                assertEquals(url.contains("outputType") ? 0L : 1L, count(register, "form.samraad-actions-filter"));
                assertEquals("history on demand in the live page only, one per row",
                        url.contains("outputType") ? 0L : count(register, "table.samraad-actions-table tbody tr"),
                        count(register, "button.samraad-action-history-toggle"));
                assertTrue(count(register, "table caption") >= 2);
                assertTrue(count(register, "tr.samraad-action-overdue .samraad-overdue-label") >= 1);
                assertEquals(url.contains("outputType") ? 0L : 1L, count(register, "a.samraad-actions-csv"));
                assertNull(((JavascriptExecutor) browser).executeScript("return window.__samraad_xss;"));
            }
        }
    }

    @Test
    public void anEditorMovesADueDateInlineAndTheOwnerIsRemindedOfTheNewDateInTheOutbox() {
        int redCross = organisation("Røde Kors " + marker);
        int hela = organisation("Hela människan " + marker);
        String memberKey = api.get("secretary", "/rest/api/user?username=member").json().get("userKey").asText();
        int moving = action("Flyt frist " + marker, redCross, LocalDate.now().plusDays(40), memberKey);
        int other = action("Anden opgave " + marker, redCross, LocalDate.now().plusDays(50), null);
        action("Ikke vores forening " + marker, hela, LocalDate.now().plusDays(5), null);
        String macro = "<ac:structured-macro ac:name=\"samraad-actions\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"organisation\">" + redCross + "</ac:parameter>"
                + "<ac:parameter ac:name=\"pageSize\">%d</ac:parameter></ac:structured-macro>";
        createPage("member", "Røde Kors' opfølgning " + marker,
                String.format(macro, 100) + "<h2>Én ad gangen</h2>" + String.format(macro, 1));

        List<WebElement> registers = browser.findElements(By.cssSelector("section.samraad-actions"));
        assertEquals("filtered by organisation", List.of("Flyt frist " + marker, "Anden opgave " + marker), ours(registers.get(0)));

        // the due date, changed in place
        String newDue = LocalDate.now().plusDays(1).toString();
        WebElement form = ActionRows.openProgress(browser, "#" + registers.get(0).getAttribute("id")
                + " tr[data-action-id='" + moving + "']");
        WebElement due = form.findElement(By.name("dueDate"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", due, newDue);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(gone(form));
        assertEquals(newDue, api.get("member", API + "/actions/" + moving).json().get("dueDate").asText());
        WebElement register = browser.findElements(By.cssSelector("section.samraad-actions")).get(0);
        assertEquals("now the earliest", List.of("Flyt frist " + marker, "Anden opgave " + marker), ours(register));
        assertTrue(row("Flyt frist " + marker).findElement(By.cssSelector("time")).getAttribute("datetime").equals(newDue));

        // the history, on demand, in a region under the button
        WebElement history = register.findElement(By.cssSelector("tr[data-action-id='" + moving + "'] button.samraad-action-history-toggle"));
        history.click();
        WebElement region = waitForText(By.id(history.getAttribute("aria-controls")));
        // "Loading the history…" comes first; then the loaded history replaces it
        waiting().until(d -> region.getText().contains("Due date: "));
        assertEquals("true", history.getAttribute("aria-expanded"));
        assertTrue(region.getText(), region.getText().contains("Due date: "
                + ReaderDates.of(Locale.ENGLISH).shortDay(LocalDate.now().plusDays(40)) + " → "
                + ReaderDates.of(Locale.ENGLISH).shortDay(LocalDate.parse(newDue))));

        // the second register pages one action at a time over the REST list
        WebElement paged = browser.findElements(By.cssSelector("section.samraad-actions")).get(1);
        assertEquals(List.of("Flyt frist " + marker), ours(paged));
        paged.findElement(By.cssSelector("button.samraad-actions-next")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> ours(paged).equals(List.of("Anden opgave " + marker)));
        assertTrue(paged.findElement(By.cssSelector(".samraad-actions-shown")).getText().contains("2 to 2 of 2"));
        assertEquals("true", paged.findElement(By.cssSelector("button.samraad-actions-next")).getAttribute("disabled"));
        paged.findElement(By.cssSelector("button.samraad-actions-previous")).click();
        assertEquals(List.of("Flyt frist " + marker), ours(paged));

        // the CSV the link downloads has the filtered rows
        String csv = (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0].href, {credentials: 'same-origin'}).then(function (r) { return r.text(); }).then(done);",
                register.findElement(By.cssSelector("a.samraad-actions-csv")));
        assertTrue(csv, csv.contains("Flyt frist " + marker) && csv.contains("Anden opgave " + marker));
        assertTrue(csv.contains(newDue));
        assertFalse("another organisation's action", csv.contains("Ikke vores forening " + marker));

        // a row from the REST list gets "Update progress" too, built from the register's one form with the row's values
        WebElement pagedAgain = browser.findElements(By.cssSelector("section.samraad-actions")).get(1);
        pagedAgain.findElement(By.cssSelector("button.samraad-actions-next")).click();
        waiting().until(d -> ours(pagedAgain).equals(List.of("Anden opgave " + marker)));
        String later = "#" + pagedAgain.getAttribute("id") + " tr[data-action-id='" + other + "']";
        WebElement fromList = ActionRows.openProgress(browser, later);
        assertEquals("OPEN", fromList.findElement(By.name("status")).getAttribute("value"));
        assertEquals("0", fromList.findElement(By.name("percentDone")).getAttribute("value"));
        assertEquals(LocalDate.now().plusDays(50).toString(), fromList.findElement(By.name("dueDate")).getAttribute("value"));
        assertEquals(fromList.getAttribute("id"), browser.findElement(By.cssSelector(later
                + " button.samraad-action-progress-toggle")).getAttribute("aria-controls"));
        WebElement progress = browser.findElement(By.cssSelector(later + " button.samraad-action-progress-toggle"));
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waiting().until(d -> !fromList.isDisplayed());
        assertEquals("Esc gives the focus back to the button", progress, browser.switchTo().activeElement());
        progress.sendKeys(Keys.ENTER);
        waiting().until(d -> fromList.isDisplayed());
        WebElement percentFromList = fromList.findElement(By.name("percentDone"));
        percentFromList.clear();
        percentFromList.sendKeys("20");
        fromList.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(gone(fromList));
        JsonNode saved = api.get("member", API + "/actions/" + other).json();
        assertEquals(20, saved.get("percentDone").asInt());
        assertEquals("the due date is kept", LocalDate.now().plusDays(50).toString(), saved.get("dueDate").asText());

        // the reminder job, run by hand as administrator, and its digest in the outbox
        loginAs("admin");
        browser.get(SharedDevHost.baseUrl() + "/devhost/jobs");
        browser.findElement(By.xpath("//button[normalize-space(.)='Run samraad-action-reminders now']")).click();
        assertTrue(waitForText(By.cssSelector(".job-outcome")).getText().contains("SUCCESS"));
        browser.get(SharedDevHost.baseUrl() + "/");
        browser.findElement(By.linkText("Outbox")).click();
        WebElement mail = browser.findElement(By.xpath("//article[contains(@class,'outbox-mail')]"
                + "[.//pre[contains(., 'Flyt frist " + marker + "')]]"));
        assertEquals("member@nordby.example", mail.findElement(By.cssSelector(".outbox-to")).getText());
        assertFalse("only the action due within the reminder days", mail.getText().contains("Anden opgave " + marker));
    }

    @Test
    public void anEditorAddsAnActionFromTheRegisterAndAMissingTitleIsRefusedBesideItsField() {
        int redCross = organisation("Røde Kors " + marker);
        createPageWithTheMacro("member");
        WebElement form = ActionRows.openAdd(browser);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !new Select(form.findElement(By.name("organisationId")))
                .getOptions().stream().filter(o -> o.getText().equals("Røde Kors " + marker)).toList().isEmpty());

        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement title = form.findElement(By.name("title"));
        WebElement error = waitForText(By.id(title.getAttribute("id") + "-error"));
        assertEquals("true", title.getAttribute("aria-invalid"));
        assertTrue(title.getAttribute("aria-describedby").contains(error.getAttribute("id")));

        title.sendKeys("Ny opgave " + marker);
        Pickers.pickUser(browser, form.findElement(By.name("ownerUser")), "member");
        new Select(form.findElement(By.name("organisationId"))).selectByVisibleText("Røde Kors " + marker);
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                form.findElement(By.name("dueDate")), LocalDate.now().plusDays(9).toString());
        form.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(gone(form));

        WebElement added = row("Ny opgave " + marker);
        actions.add(Integer.parseInt(added.getAttribute("data-action-id")));
        assertTrue(added.getText(), added.getText().contains("Mads Medlem") && added.getText().contains("Røde Kors " + marker));
        JsonNode stored = api.get("member", API + "/actions/" + added.getAttribute("data-action-id")).json();
        assertEquals(redCross, stored.get("organisationId").asInt());
        assertEquals(LocalDate.now().plusDays(9).toString(), stored.get("dueDate").asText());
    }

    /**
     * Issue 17.9: an open action nobody can be mailed about is flagged in words to those who look after the council,
     * on the server's first page and on the pages the script builds from the REST list alike (with the owner, or
     * under the title where the owner column is left out), and to a reader on neither. The organisation has no
     * contact and the named owners no account or address, so only the action owned by the user {@code member} is
     * reachable.
     */
    @Test
    public void theUnreachedFlagIsOnEveryPageTheSecretaryTurnsToAndOnNoneAReaderTurnsTo() {
        int noContact = organisation("Uden kontakt " + marker);
        String memberKey = api.get("secretary", "/rest/api/user?username=member").json().get("userKey").asText();
        int first = action("Ingen at skrive til " + marker, noContact, LocalDate.now().plusDays(5), null);
        int reachable = action("Mads kan nås " + marker, noContact, LocalDate.now().plusDays(10), memberKey);
        int third = action("Heller ingen her " + marker, noContact, LocalDate.now().plusDays(15), null);
        String macro = "<ac:structured-macro ac:name=\"samraad-actions\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"organisation\">" + noContact + "</ac:parameter>%s"
                + "<ac:parameter ac:name=\"pageSize\">1</ac:parameter></ac:structured-macro>";
        String page = createPage("secretary", "Uopnåelige " + marker, String.format(macro, "")
                + "<h2>Uden ejer-kolonne</h2>" + String.format(macro,
                        "<ac:parameter ac:name=\"columns\">title,dueDate,status</ac:parameter>"));
        String flag = "No one can be reached for this action";
        JsonNode secretaryList = api.get("secretary", API + "/actions?organisationId=" + noContact).json();
        assertEquals(List.of(first, third), ids(secretaryList.get("unreached")));

        for (int register = 0; register < 2; register++) {
            WebElement section = browser.findElements(By.cssSelector("section.samraad-actions")).get(register);
            String where = register == 0 ? "td.samraad-action-owner" : "th[scope=row]";
            assertEquals("the server's first page", List.of(flag), flags(section, first, where));
            next(section, reachable);
            assertEquals("a reachable owner is not flagged", List.of(), flags(section, reachable, "tr"));
            next(section, third);
            assertEquals("the page the script built", List.of(flag), flags(section, third, where));
            WebElement built = section.findElement(By.cssSelector("tr[data-action-id='" + third + "']"));
            assertTrue(built.getAttribute("class"), built.getAttribute("class").contains("samraad-action-unreached"));
        }

        assertEquals("the list tells a reader of none", List.of(),
                ids(api.get("reader", API + "/actions?organisationId=" + noContact).json().get("unreached")));
        loginAs("reader");
        browser.get(page);
        for (int register = 0; register < 2; register++) {
            WebElement section = browser.findElements(By.cssSelector("section.samraad-actions")).get(register);
            assertEquals(0, count(section, ".samraad-unreached-label, .samraad-action-unreached"));
            next(section, reachable);
            next(section, third);
            assertEquals("not on a page the script built either", 0,
                    count(section, ".samraad-unreached-label, .samraad-action-unreached"));
        }
    }

    private void next(WebElement section, int expected) {
        section.findElement(By.cssSelector("button.samraad-actions-next")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> count(section,
                "table.samraad-actions-table tbody tr[data-action-id='" + expected + "']") == 1);
    }

    /** The unreached labels in the action's row, within the cells {@code css} picks. */
    private List<String> flags(WebElement section, int action, String css) {
        return texts(section, "tr[data-action-id='" + action + "'] " + (css.equals("tr") ? "" : css + " ")
                + ".samraad-unreached-label");
    }

    private static List<Integer> ids(JsonNode list) {
        List<Integer> ids = new ArrayList<>();
        list.forEach(id -> ids.add(id.asInt()));
        return ids;
    }

    private int organisation(String name) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("spaceKey", "UDS").put("name", name)
                .put("kind", "VOLUNTARY_ORGANISATION");
        HttpApi.Reply reply = api.postJson("member", API + "/organisations", body.toString());
        assertEquals(reply.text(), 201, reply.status());
        int id = reply.json().get("id").asInt();
        organisations.add(id);
        return id;
    }

    private int action(String title, int organisationId, LocalDate due) {
        return action(title, organisationId, due, null);
    }

    /** @param ownerUserKey a Confluence user as owner, or null for a named owner without an account */
    private int action(String title, int organisationId, LocalDate due, String ownerUserKey) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("councilId", councilId).put("title", title)
                .put("organisationId", organisationId);
        if (ownerUserKey == null) {
            body.put("ownerName", "Maria " + marker);
        } else {
            body.put("ownerUserKey", ownerUserKey);
        }
        if (due != null) {
            body.put("dueDate", due.toString());
        }
        HttpApi.Reply reply = api.postJson("member", API + "/actions", body.toString());
        assertEquals(reply.text(), 201, reply.status());
        int id = reply.json().get("id").asInt();
        actions.add(id);
        return id;
    }

    /** The titles of this test's actions in the register table, in order. */
    private List<String> ours(WebElement register) {
        return texts(register, "table.samraad-actions-table tbody th[scope=row]").stream()
                .filter(title -> title.contains(marker)).toList();
    }

    /** The organisation totals as "name count" lines. */
    private List<String> totals(WebElement register) {
        @SuppressWarnings("unchecked")
        List<String> lines = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(arguments[0].querySelectorAll('table.samraad-action-totals-organisation tbody tr'))"
                        + ".map(function (r) { return Array.from(r.cells).map(function (c) { return c.textContent.trim(); })"
                        + ".join(' '); });", register);
        return lines;
    }

    private WebElement row(String title) {
        return browser.findElement(By.xpath("//tr[th[@scope='row'][normalize-space(.)='" + title + "']]"));
    }

    private List<String> texts(WebElement scope, String css) {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(arguments[0].querySelectorAll(arguments[1]))"
                        + ".map(function (e) { return e.textContent.replace(/\\s+/g, ' ').trim(); });", scope, css);
        return texts;
    }

    private String createPageWithTheMacro(String user) {
        return createPage(user, "Opfølgning " + marker,
                "<h1>Opfølgning</h1><ac:structured-macro ac:name=\"samraad-actions\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"pageSize\">100</ac:parameter></ac:structured-macro>");
    }

}
