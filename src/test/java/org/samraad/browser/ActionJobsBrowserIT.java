package org.samraad.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.samraad.testing.BrowserTest;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * Issue 15, point 4, in a real browser on the dev host, without one REST call by hand on the secretary's side: the
 * secretary changes and reassigns an action, records progress with a note, marks it done and deletes another after
 * the confirmation; a reader filters the register to the overdue actions (the result announced); and the register
 * across councils shows a reader only the councils the reader may view. The REST API is used only to set up and
 * check. Each test marks its actions with a unique marker and removes them.
 */
public class ActionJobsBrowserIT extends BrowserTest {
    private static final String API = "/rest/samraad/1.0";

    private final HttpApi api = SharedDevHost.api();
    private final String marker = "j" + UUID.randomUUID().toString().substring(0, 8);
    private final List<Integer> actions = new ArrayList<>();
    private final List<Integer> councils = new ArrayList<>();
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
        for (int id : councils) {
            api.delete("secretary", API + "/councils/" + id);
        }
    }

    @Test
    public void theSecretaryChangesReassignsRecordsProgressWithANoteMarksDoneAndDeletesWithAConfirmation() {
        int moving = action(councilId, "Kortlæg behov " + marker, LocalDate.now().plusDays(5));
        int mistake = action(councilId, "Oprettet ved en fejl " + marker, null);
        String page = createPage("secretary", "Opfølgning " + marker, macro(""));

        // change and reassign: the row reads first, the form opens on demand
        WebElement toggle = waitVisible(By.cssSelector("tr[data-action-id='" + moving + "'] button.samraad-action-change-toggle"));
        assertEquals("false", toggle.getAttribute("aria-expanded"));
        toggle.click();
        WebElement form = waitVisible(By.cssSelector("#" + toggle.getAttribute("aria-controls") + " form"));
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        WebElement title = form.findElement(By.name("title"));
        assertEquals("Kortlæg behov " + marker, title.getAttribute("value"));
        assertLabelled(form);
        title.clear();
        title.sendKeys("Kortlæg behovene " + marker);
        form.findElement(By.name("description")).sendKeys("Sammen med foreningerne");
        Pickers.pickUser(browser, form.findElement(By.name("ownerUser")), "member");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(gone(form));
        JsonNode changed = api.get("secretary", API + "/actions/" + moving).json();
        assertEquals("Kortlæg behovene " + marker, changed.get("title").asText());
        assertEquals("Sammen med foreningerne", changed.get("description").asText());
        assertEquals("reassigned to a user picked by name", "Mads Medlem", changed.get("ownerName").asText());

        // progress with a note, in the row's quick form
        WebElement quick = ActionRows.openProgress(browser, "tr[data-action-id='" + moving + "']");
        new Select(quick.findElement(By.name("status"))).selectByValue("IN_PROGRESS");
        WebElement percent = quick.findElement(By.name("percentDone"));
        percent.clear();
        percent.sendKeys("40");
        quick.findElement(By.name("note")).sendKeys("Spørgeskema sendt til ti foreninger");
        quick.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(gone(quick));
        assertEquals(40, api.get("secretary", API + "/actions/" + moving).json().get("percentDone").asInt());

        // done: the form says 100 % at once, and the server stores it
        quick = ActionRows.openProgress(browser, "tr[data-action-id='" + moving + "']");
        new Select(quick.findElement(By.name("status"))).selectByValue("DONE");
        assertEquals("100", quick.findElement(By.name("percentDone")).getAttribute("value"));
        quick.findElement(By.name("note")).sendKeys("Alle svar er inde");
        quick.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(gone(quick));
        JsonNode done = api.get("secretary", API + "/actions/" + moving).json();
        assertEquals("DONE", done.get("status").asText());
        assertEquals(100, done.get("percentDone").asInt());

        // the notes in the history, with who and when, as a reader sees them
        loginAs("reader");
        browser.get(page);
        WebElement register = browser.findElement(By.cssSelector("section.samraad-actions"));
        new Select(register.findElement(By.name("status"))).selectByValue("DONE");
        register.findElement(By.cssSelector("form.samraad-actions-filter button[type=submit]")).click();
        WebElement history = waitVisible(By.cssSelector("tr[data-action-id='" + moving + "'] button.samraad-action-history-toggle"));
        history.click();
        WebElement region = waitForText(By.id(history.getAttribute("aria-controls")));
        waiting().until(d -> region.getText().contains("Alle svar er inde"));
        assertTrue(region.getText(), region.getText().contains("Progress note: Spørgeskema sendt til ti foreninger"));
        assertTrue("when and who wrote it, named by the member list's rule: " + region.getText(), region.getText()
                .matches("(?s).*\\d{1,2} \\p{L}{3} \\d{4} (Sofie Sekretær|Member \\(name not published\\)) – Progress note: Spørgeskema.*"));

        // delete, in danger style, after a confirmation that says what happens
        loginAs("secretary");
        browser.get(page);
        WebElement deleteToggle = waitVisible(By.cssSelector("tr[data-action-id='" + mistake
                + "'] button.samraad-action-change-toggle"));
        deleteToggle.click();
        WebElement details = waitVisible(By.cssSelector("#" + deleteToggle.getAttribute("aria-controls") + " form"));
        WebElement delete = details.findElement(By.cssSelector("button.samraad-action-delete"));
        assertTrue(delete.getAttribute("class").contains("samraad-button-danger"));
        delete.click();
        WebElement question = waitVisible(By.cssSelector("#" + deleteToggle.getAttribute("aria-controls")
                + " .samraad-action-delete-confirm p"));
        assertTrue(question.getText(), question.getText().contains("whole history"));
        details.findElement(By.cssSelector("button.samraad-action-delete-no")).click();
        assertEquals("kept", 200, api.get("secretary", API + "/actions/" + mistake).status());
        delete.click();
        details.findElement(By.cssSelector("button.samraad-action-delete-yes")).click();
        waiting().until(gone(details));
        assertEquals(404, api.get("secretary", API + "/actions/" + mistake).status());
        assertTrue(browser.findElements(By.cssSelector("tr[data-action-id='" + mistake + "']")).isEmpty());
    }

    /**
     * Issue 16 by keyboard only, on a page with the council's register and the register across councils: the rows
     * read first, "Update progress" opens on Enter and closes on Esc with the focus back on its button, a save puts
     * the register rendered again in place with the focus on the changed row and says so; delete after its
     * confirmation and add alike, never reloading the page; axe finds nothing with the forms open.
     */
    @Test
    public void aKeyboardUserUpdatesDeletesAndAddsInTheRegisterWithoutAReloadAndHearsEachResult() {
        int moving = action(councilId, "Ring til foreningerne " + marker, LocalDate.now().plusDays(5));
        int mistake = action(councilId, "Dobbelt oprettet " + marker, null);
        createPage("secretary", "Opfølgning " + marker, macro("")
                + "<ac:structured-macro ac:name=\"samraad-actions\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"councils\">all</ac:parameter></ac:structured-macro>");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("window.__samraad_same_page = true;");
        WebElement register = browser.findElements(By.cssSelector("section.samraad-actions")).get(0);
        String id = register.getAttribute("id");
        assertEquals("read first: no form stands open in a row", 0L, register.findElements(
                By.cssSelector("tbody form")).stream().filter(WebElement::isDisplayed).count());

        String row = "#" + id + " tr[data-action-id='" + moving + "']";
        WebElement form = ActionRows.openProgress(browser, row);
        Axe.assertNoFindings(browser, "two registers, one with Update progress open");
        WebElement toggle = browser.findElement(By.cssSelector(row + " button.samraad-action-progress-toggle"));
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waiting().until(d -> !form.isDisplayed());
        assertEquals("Esc gives the focus back to the button", toggle, browser.switchTo().activeElement());

        toggle.sendKeys(Keys.ENTER);
        waiting().until(d -> form.isDisplayed());
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement status = browser.switchTo().activeElement();
        assertEquals("status", status.getAttribute("name"));
        status.sendKeys(Keys.ARROW_DOWN, Keys.TAB);
        assertEquals("IN_PROGRESS", status.getAttribute("value"));
        WebElement percent = browser.switchTo().activeElement();
        assertEquals("percentDone", percent.getAttribute("name"));
        percent.sendKeys(Keys.chord(Keys.CONTROL, "a"), "30", Keys.ENTER);
        waiting().until(gone(register));

        WebElement changed = browser.findElement(By.cssSelector(row + " th"));
        assertEquals("the focus is on the changed row", changed, browser.switchTo().activeElement());
        assertEquals("In progress", browser.findElement(By.cssSelector(row + " .samraad-action-status .aui-lozenge"))
                .getAttribute("textContent"));
        announced("Saved: Ring til foreningerne " + marker + ".");
        assertEquals(30, api.get("secretary", API + "/actions/" + moving).json().get("percentDone").asInt());

        // delete: danger style, a confirmation, then the register without it
        register = browser.findElement(By.id(id));
        String doomed = "#" + id + " tr[data-action-id='" + mistake + "']";
        WebElement change = browser.findElement(By.cssSelector(doomed + " button.samraad-action-change-toggle"));
        change.sendKeys(Keys.ENTER);
        WebElement details = waitVisible(By.cssSelector("#" + change.getAttribute("aria-controls") + " form"));
        assertEquals("the form opens at the title", details.findElement(By.name("title")),
                browser.switchTo().activeElement());
        Axe.assertNoFindings(browser, "register with Change or delete open");
        details.findElement(By.name("title")).sendKeys(Keys.ESCAPE);
        waiting().until(d -> !details.isDisplayed());
        assertEquals(change, browser.switchTo().activeElement());
        change.sendKeys(Keys.ENTER);
        WebElement reopened = waitVisible(By.cssSelector("#" + change.getAttribute("aria-controls") + " form"));
        WebElement delete = reopened.findElement(By.cssSelector("button.samraad-action-delete"));
        assertTrue(delete.getAttribute("class").contains("aui-button-danger"));
        delete.sendKeys(Keys.ENTER);
        WebElement question = waitVisible(By.cssSelector("#" + change.getAttribute("aria-controls")
                + " .samraad-action-delete-confirm p"));
        assertEquals("the question has the focus", question, browser.switchTo().activeElement());
        question.sendKeys(Keys.TAB);
        WebElement yes = browser.switchTo().activeElement();
        assertTrue(yes.getAttribute("class"), yes.getAttribute("class").contains("samraad-action-delete-yes"));
        yes.sendKeys(Keys.ENTER);
        waiting().until(gone(register));
        announced("Deleted: Dobbelt oprettet " + marker + ".");
        assertEquals("the focus is on the list", browser.findElement(By.id(id + "-list")),
                browser.switchTo().activeElement());
        assertTrue(browser.findElements(By.cssSelector(doomed)).isEmpty());
        assertEquals(404, api.get("secretary", API + "/actions/" + mistake).status());

        // add: the register's one primary button
        register = browser.findElement(By.id(id));
        WebElement add = ActionRows.openAdd(browser);
        Axe.assertNoFindings(browser, "register with Add an action item open");
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement title = browser.switchTo().activeElement();
        assertEquals("title", title.getAttribute("name"));
        title.sendKeys("Ny ved tastatur " + marker, Keys.TAB);
        // the owner: a council member chosen from the list by name, with the arrow keys
        WebElement member = browser.switchTo().activeElement();
        assertEquals("ownerMember", member.getAttribute("name"));
        waiting().until(d -> new Select(member).getOptions().size() > 1);
        member.sendKeys(Keys.ARROW_DOWN);
        assertFalse(member.getAttribute("value").isEmpty());
        member.sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
        assertEquals(title, browser.switchTo().activeElement());
        title.sendKeys(Keys.ENTER);
        waiting().until(gone(register));
        announced("Added: Ny ved tastatur " + marker + ".");
        WebElement added = browser.switchTo().activeElement().findElement(By.xpath("./ancestor::tr"));
        actions.add(Integer.parseInt(added.getAttribute("data-action-id")));
        assertTrue(added.getText(), added.getText().contains("Ny ved tastatur " + marker));
        assertEquals("no reload", Boolean.TRUE, js.executeScript("return window.__samraad_same_page === true;"));
    }

    private void announced(String text) {
        waiting().until(d -> text.equals(d.findElement(By.id("samraad-announcer")).getAttribute("textContent")));
    }

    @Test
    public void aStaleChangeFromTheFormIsRefusedAndEscClosesIt() {
        int id = action(councilId, "Planlæg temadag " + marker, LocalDate.now().plusDays(9));
        createPage("secretary", "Opfølgning " + marker, macro(""));
        WebElement toggle = waitVisible(By.cssSelector("tr[data-action-id='" + id + "'] button.samraad-action-change-toggle"));
        toggle.click();
        WebElement form = waitVisible(By.cssSelector("#" + toggle.getAttribute("aria-controls") + " form"));
        ObjectNode elsewhere = JsonNodeFactory.instance.objectNode().put("councilId", councilId)
                .put("title", "Ændret et andet sted " + marker).put("ownerName", "Maria").put("version", 0);
        assertEquals(200, api.putJson("member", API + "/actions/" + id, elsewhere.toString()).status());
        form.findElement(By.name("title")).sendKeys(" 2");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement status = waitForText(By.cssSelector("#" + toggle.getAttribute("aria-controls") + " .samraad-form-status"));
        assertTrue(status.getText(), status.getText().contains("Someone else saved a change in the meantime"));
        assertEquals("Ændret et andet sted " + marker, api.get("member", API + "/actions/" + id).json().get("title").asText());
        form.findElement(By.name("title")).sendKeys(Keys.ESCAPE);
        waiting().until(d -> "false".equals(toggle.getAttribute("aria-expanded")));
        assertEquals("the focus goes back to the button", toggle,
                browser.switchTo().activeElement());
    }

    @Test
    public void aReaderFiltersTheRegisterToTheOverdueActionsAndHearsHowManyMatch() {
        action(councilId, "Forsinket " + marker, LocalDate.now().minusDays(3));
        action(councilId, "I god tid " + marker, LocalDate.now().plusDays(30));
        String page = createPage("secretary", "Opfølgning " + marker, macro(""));
        loginAs("reader");
        browser.get(page);
        WebElement register = browser.findElement(By.cssSelector("section.samraad-actions"));
        assertTrue(ours(register).containsAll(List.of("Forsinket " + marker, "I god tid " + marker)));
        WebElement filter = waitVisible(By.cssSelector("form.samraad-actions-filter"));
        assertLabelled(filter);
        WebElement overdue = filter.findElement(By.name("overdue"));
        overdue.click();
        filter.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement live = register.findElement(By.cssSelector(".samraad-actions-status"));
        waiting().until(d -> live.getText().contains("match"));
        waiting().until(d -> d.findElement(By.id("samraad-announcer")).getAttribute("textContent")
                .contains("match"));
        assertEquals(List.of("Forsinket " + marker), ours(register));
        for (WebElement row : register.findElements(By.cssSelector("table.samraad-actions-table tbody tr"))) {
            assertTrue(row.getText(), row.getAttribute("textContent").contains("Overdue"));
        }
        assertTrue("the CSV follows the filter",
                register.findElement(By.cssSelector("a.samraad-actions-csv")).getAttribute("href").contains("overdue=true"));
        assertEquals("no change controls for a reader", 0L, count(register, "button.samraad-action-change-toggle"));
    }

    @Test
    public void aReaderFiltersTheRegisterByAnOwnerPickedByNameNotTypedAsAUsername() {
        String memberKey = api.get("secretary", "/rest/api/user?username=member").json().get("userKey").asText();
        ObjectNode owned = JsonNodeFactory.instance.objectNode().put("councilId", councilId)
                .put("title", "Mads' punkt " + marker).put("ownerUserKey", memberKey);
        HttpApi.Reply reply = api.postJson("secretary", API + "/actions", owned.toString());
        assertEquals(reply.text(), 201, reply.status());
        actions.add(reply.json().get("id").asInt());
        action(councilId, "Marias punkt " + marker, null);
        String page = createPage("secretary", "Opfølgning " + marker, macro(""));
        loginAs("reader");
        browser.get(page);
        WebElement register = browser.findElement(By.cssSelector("section.samraad-actions"));
        WebElement filter = waitVisible(By.cssSelector("form.samraad-actions-filter"));
        assertTrue("no text input for a username", filter.findElements(By.name("ownerUsername")).isEmpty());
        WebElement picker = filter.findElement(By.name("ownerUser"));
        assertFalse("the picker shows only when someone is to be picked", picker.isDisplayed());
        new Select(filter.findElement(By.name("owner"))).selectByValue("user");
        filter.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement error = waitForText(By.id(picker.getAttribute("id") + "-error"));
        assertTrue(error.getText(), error.getText().contains("Pick the person from the list"));
        Pickers.pickUser(browser, picker, "member");
        assertLabelled(filter);
        filter.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement live = register.findElement(By.cssSelector(".samraad-actions-status"));
        waiting().until(d -> live.getText().contains("match"));
        assertEquals(List.of("Mads' punkt " + marker), ours(register));
        assertTrue("the CSV follows the owner picked", register.findElement(By.cssSelector("a.samraad-actions-csv"))
                .getAttribute("href").contains("owner=" + memberKey));
    }

    @Test
    public void theRegisterAcrossCouncilsShowsOnlyTheCouncilsTheReaderMayView() {
        ObjectNode internal = JsonNodeFactory.instance.objectNode().put("spaceKey", "INT").put("name", "Sekretariatets råd " + marker)
                .put("kind", "SOCIAL_COUNCIL");
        HttpApi.Reply made = api.postJson("secretary", API + "/councils", internal.toString());
        int internalId;
        if (made.status() == 201) {
            internalId = made.json().get("id").asInt();
            councils.add(internalId);
        } else {
            internalId = api.get("secretary", API + "/councils?spaceKey=INT").json().get("items").get(0).get("id").asInt();
        }
        action(councilId, "Åbent råd " + marker, LocalDate.now().plusDays(4));
        action(internalId, "Internt råd " + marker, LocalDate.now().plusDays(4));
        String page = createPage("secretary", "Alle råd " + marker, macro("<ac:parameter ac:name=\"councils\">all</ac:parameter>"));

        WebElement register = browser.findElement(By.cssSelector("section.samraad-actions"));
        assertEquals(List.of("Åbent råd " + marker, "Internt råd " + marker), ours(register));
        assertTrue(register.findElement(By.cssSelector("table.samraad-actions-table thead")).getAttribute("textContent")
                .contains("Council"));

        loginAs("reader");
        browser.get(page);
        register = browser.findElement(By.cssSelector("section.samraad-actions"));
        assertEquals("only the councils the reader may view", List.of("Åbent råd " + marker), ours(register));
        assertFalse(register.getText().contains("Sekretariatets råd"));
    }

    private void assertLabelled(WebElement form) {
        for (WebElement control : form.findElements(By.cssSelector("input, select, textarea"))) {
            if (!control.isDisplayed()) {
                continue;
            }
            assertEquals("a label for " + control.getAttribute("name"), 1L, count(form,
                    "label[for='" + control.getAttribute("id") + "']"));
        }
    }

    private static String macro(String parameters) {
        return "<ac:structured-macro ac:name=\"samraad-actions\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"pageSize\">100</ac:parameter>" + parameters + "</ac:structured-macro>";
    }

    private int action(int council, String title, LocalDate due) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("councilId", council).put("title", title)
                .put("ownerName", "Maria " + marker);
        if (due != null) {
            body.put("dueDate", due.toString());
        }
        HttpApi.Reply reply = api.postJson("secretary", API + "/actions", body.toString());
        assertEquals(reply.text(), 201, reply.status());
        int id = reply.json().get("id").asInt();
        actions.add(id);
        return id;
    }

    /** The titles of this test's actions in the register table, in order. */
    private List<String> ours(WebElement register) {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(arguments[0].querySelectorAll('table.samraad-actions-table tbody th[scope=row]'))"
                        + ".map(function (e) { return e.textContent.replace(/\\s+/g, ' ').trim(); });", register);
        return texts.stream().filter(t -> t.contains(marker)).toList();
    }
}
