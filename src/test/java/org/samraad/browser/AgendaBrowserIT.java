package org.samraad.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
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
import org.samraad.meeting.HostMeetings;
import org.samraad.meeting.MeetingStatus;
import org.samraad.testing.BrowserTest;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * The agenda macro in a real browser on the dev host: the secretary builds a meeting's agenda in place (five items
 * of five kinds with attachments, one closed, one with a hostile title) and reorders it by keyboard; a reader gets
 * static HTML with the closed item as a placeholder, so does the public view, and a save that meets someone
 * else's change says so while the text typed stays in the form.
 */
public class AgendaBrowserIT extends BrowserTest {
    private static final String API = "/rest/samraad/1.0";
    private static final String HOSTILE =
            "<script>window.__samraad_xss=1</script><img src=x onerror=\"window.__samraad_xss=2\"> \"Åse\" & 'co'";

    private final HttpApi api = SharedDevHost.api();
    private final HostMeetings meetings = new HostMeetings();
    private final String marker = "g" + UUID.randomUUID().toString().substring(0, 8);
    private int councilId;
    private AgendaOnPage agenda;

    @Before
    public void findTheDemoCouncil() {
        councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
        agenda = new AgendaOnPage(browser);
    }

    @After
    public void removeTheMeetings() {
        meetings.removeAll();
    }

    @Test
    public void theSecretaryBuildsAndReordersTheAgendaReadersGetStaticHtmlAndThePublicTheClosedItemByNumber() {
        String page = createPage("secretary", "Møde " + marker,
                "<h1>Dagsorden</h1><ac:structured-macro ac:name=\"samraad-agenda\" ac:schema-version=\"1\"/>");
        assertTrue(browser.findElement(By.cssSelector(".samraad-agenda-no-meeting")).getText()
                .contains("This page has no meeting."));
        int meeting = meetings.create(councilId, "Møde " + marker, LocalDateTime.of(2026, 12, 1, 19, 0), pageId(page));
        browser.get(page);

        addItem("Eventuelt", "STANDING", "AOB", 10, false);
        addItem(HOSTILE, "INFORMATION", null, 10, false, new String[] {"Program", "https://nordby.dk/program.pdf", "open"});
        addItem("Budget " + marker, "DECISION", null, 30, false,
                new String[] {"Budgetnotat", "https://nordby.dk/budget.pdf", "open"},
                new String[] {"Lønbilag " + marker, "https://nordby.dk/loen.pdf", "closed"});
        addItem("Sag om en borger " + marker, "DISCUSSION", null, 15, true,
                new String[] {"Sagsakt " + marker, "https://nordby.dk/sag.pdf", "open"});
        addItem("Høring om hjemløsestrategi", "HEARING", null, 20, false,
                new String[] {"Høringsbrev", "https://nordby.dk/hoering.pdf", "open"});

        assertEquals(List.of(HOSTILE, "Budget " + marker, "Sag om en borger " + marker, "Høring om hjemløsestrategi",
                "Eventuelt"), titles());
        assertNull(((JavascriptExecutor) browser).executeScript("return window.__samraad_xss;"));
        assertEquals(List.of("19:00", "19:10", "19:40", "19:55", "20:15"), texts("li[data-item-id] dl time"));

        // reorder by keyboard: the budget moves below the closed item, and a screen reader hears where it went
        agenda.openEditing();
        WebElement budget = item("Budget " + marker);
        WebElement down = budget.findElement(By.cssSelector("button.samraad-agenda-move-down"));
        down.sendKeys(Keys.ENTER);
        agenda.announced("Item moved to position 3 of 5.");
        assertEquals(List.of(HOSTILE, "Sag om en borger " + marker, "Budget " + marker, "Høring om hjemløsestrategi",
                "Eventuelt"), titles());
        assertEquals("3.", item("Budget " + marker).findElement(By.cssSelector(".samraad-agenda-number")).getText());
        assertEquals(List.of("19:00", "19:10", "19:25", "19:55", "20:15"), texts("li[data-item-id] dl time"));
        assertEquals("focus stays on the button pressed", item("Budget " + marker)
                .findElement(By.cssSelector("button.samraad-agenda-move-down")), browser.switchTo().activeElement());
        // and by drag and drop: the hearing goes first
        drag(item("Høring om hjemløsestrategi"), item(HOSTILE));
        agenda.announced("Item moved to position 1 of 5.");
        assertEquals(List.of("Høring om hjemløsestrategi", HOSTILE, "Sag om en borger " + marker, "Budget " + marker,
                "Eventuelt"), titles());
        assertEquals(List.of("1.", "2.", "3.", "4.", "5."), texts(".samraad-agenda-number"));
        JsonNode stored = api.get("secretary", API + "/meetings/" + meeting + "/agenda").json().get("items");
        assertEquals(List.of("Høring om hjemløsestrategi", HOSTILE, "Sag om en borger " + marker, "Budget " + marker,
                "Eventuelt"), List.of(stored.get(0).get("title").asText(), stored.get(1).get("title").asText(),
                stored.get(2).get("title").asText(), stored.get(3).get("title").asText(),
                stored.get(4).get("title").asText()));
        drag(item("Høring om hjemløsestrategi"), item("Eventuelt"));
        waiting().until(d -> titles().get(3).equals("Høring om hjemløsestrategi"));
        agenda.announced("Item moved to position 4 of 5.");
        assertEquals(List.of(HOSTILE, "Sag om en borger " + marker, "Budget " + marker, "Høring om hjemløsestrategi",
                "Eventuelt"), titles());
        stored = api.get("secretary", API + "/meetings/" + meeting + "/agenda").json().get("items");
        assertEquals("Budget " + marker, stored.get(2).get("title").asText());
        assertEquals(List.of("https://nordby.dk/budget.pdf", "https://nordby.dk/loen.pdf"),
                List.of(stored.get(2).get("attachments").get(0).get("url").asText(),
                        stored.get(2).get("attachments").get(1).get("url").asText()));
        assertTrue(stored.get(2).get("attachments").get(1).get("closed").asBoolean());
        assertTrue(stored.get(1).get("closed").asBoolean());

        // a reader, once the agenda is published: static HTML, the closed item as a numbered placeholder, the
        // hostile title as text
        meetings.status(meeting, MeetingStatus.AGENDA_PUBLISHED);
        loginAs("reader");
        browser.get(page);
        WebElement section = browser.findElement(By.cssSelector("section.samraad-agenda"));
        assertEquals(0L, count(section, "form, button, template, [data-editable], [draggable]"));
        assertEquals(List.of(HOSTILE, "Closed item", "Budget " + marker, "Høring om hjemløsestrategi", "Eventuelt"),
                titles());
        assertFalse(browser.getPageSource().contains("Sag om en borger " + marker));
        assertFalse(browser.getPageSource().contains("Sagsakt " + marker));
        assertFalse(browser.getPageSource().contains("Lønbilag " + marker));
        assertNull(((JavascriptExecutor) browser).executeScript("return window.__samraad_xss;"));

        // the public view, once the minutes are published: the closed item and closed attachment by number only,
        // the council's numbers kept
        meetings.status(meeting, MeetingStatus.PUBLISHED);
        String published = createPage("secretary", "Offentlig " + marker,
                "<ac:structured-macro ac:name=\"samraad-agenda\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"meeting\">" + meeting + "</ac:parameter>"
                        + "<ac:parameter ac:name=\"view\">public</ac:parameter></ac:structured-macro>");
        loginAs(null);
        browser.get(published);
        assertEquals(List.of(HOSTILE, "Closed item", "Budget " + marker, "Høring om hjemløsestrategi", "Eventuelt"),
                titles());
        assertEquals(List.of("1.", "2.", "3.", "4.", "5."), texts(".samraad-agenda-number"));
        String source = browser.getPageSource();
        assertFalse(source.contains("Sag om en borger " + marker));
        assertFalse(source.contains("Lønbilag " + marker));
        assertEquals(0L, count(browser.findElement(By.cssSelector("section.samraad-agenda")), "form, button"));
    }

    @Test
    public void theSecretaryWorksTheAgendaByKeyboardAloneWithFocusAndAnnouncementsAndNoReload() {
        String page = createPage("secretary", "Møde " + marker,
                "<ac:structured-macro ac:name=\"samraad-agenda\" ac:schema-version=\"1\"/>");
        int meeting = meetings.create(councilId, "Møde " + marker, LocalDateTime.of(2026, 12, 1, 19, 0), pageId(page));
        for (String[] item : new String[][] {{"Godkendelse af dagsorden", "APPROVE_AGENDA"}, {"Budget " + marker, null},
                {"Eventuelt", "AOB"}}) {
            ObjectNode body = JsonNodeFactory.instance.objectNode().put("title", item[0])
                    .put("kind", item[1] == null ? "DECISION" : "STANDING");
            if (item[1] != null) {
                body.put("standingKind", item[1]);
            }
            assertEquals(201, api.postJson("secretary", API + "/meetings/" + meeting + "/agenda", body.toString())
                    .status());
        }
        loginAs("secretary");
        browser.get(page);
        ((JavascriptExecutor) browser).executeScript("window.__samraad_same_page = true;");

        // read first: the items and one next step; the agenda's first stop is "Add agenda item"
        WebElement section = browser.findElement(By.cssSelector("section.samraad-agenda"));
        assertEquals("no item's tools before editing is asked for", 0L,
                count(section, ".samraad-agenda-item-tools:not([hidden])"));
        ((JavascriptExecutor) browser).executeScript("var h = arguments[0].querySelector('h2');"
                + " h.setAttribute('tabindex', '-1'); h.focus();", section);
        active().sendKeys(Keys.TAB);
        WebElement add = active();
        assertEquals("Add agenda item", add.getText());
        assertTrue(add.getAttribute("class").contains("aui-button-primary"));
        add.sendKeys(Keys.ENTER);
        WebElement form = waitVisible(By.cssSelector("form.samraad-agenda-form"));
        waiting().until(d -> form.findElement(By.tagName("h3")).equals(active()));
        assertEquals("true", add.getAttribute("aria-expanded"));
        Axe.assertNoFindings(browser, "the agenda with its add form open");
        active().sendKeys(Keys.ESCAPE);
        waiting().until(d -> !form.isDisplayed());
        assertEquals("Esc returns focus to the button that opened the form", add, active());

        add.sendKeys(Keys.ENTER);
        waiting().until(d -> form.findElement(By.tagName("h3")).equals(active()));
        active().sendKeys(Keys.TAB);
        assertEquals("title", active().getAttribute("name"));
        active().sendKeys("Væresteder " + marker, Keys.ENTER);
        agenda.announced("Agenda item \"Væresteder " + marker + "\" added.");
        assertEquals("focus on the new item", item("Væresteder " + marker).findElement(By.tagName("h3")), active());
        assertEquals(List.of("Godkendelse af dagsorden", "Budget " + marker, "Væresteder " + marker, "Eventuelt"),
                titles());

        // "Edit agenda" shows each item's tools: subtle moves, disabled where they would do nothing
        WebElement toggle = browser.findElement(By.cssSelector("button.samraad-agenda-edit-toggle"));
        toggle.sendKeys(Keys.ENTER);
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        WebElement firstUp = item("Godkendelse af dagsorden").findElement(By.cssSelector(".samraad-agenda-move-up"));
        assertEquals("true", firstUp.getAttribute("aria-disabled"));
        firstUp.sendKeys(Keys.ENTER);
        agenda.announced("This is already the first item.");
        assertEquals(firstUp, active());
        WebElement belowAob = item("Væresteder " + marker).findElement(By.cssSelector(".samraad-agenda-move-down"));
        belowAob.sendKeys(Keys.ENTER);
        agenda.announced("\"Any other business\" is always the last item: nothing can be moved below it.");
        assertEquals("Væresteder " + marker, titles().get(2));

        // "Change" opens the item's form in place; Esc closes it and returns to "Change"
        WebElement change = item("Budget " + marker).findElement(By.cssSelector("button.samraad-agenda-edit"));
        change.sendKeys(Keys.ENTER);
        WebElement editing = waitVisible(By.cssSelector("li form.samraad-agenda-form"));
        waiting().until(d -> editing.findElement(By.name("title")).getAttribute("value").equals("Budget " + marker));
        assertEquals("true", change.getAttribute("aria-expanded"));
        Axe.assertNoFindings(browser, "an agenda item's form open");
        active().sendKeys(Keys.ESCAPE);
        waiting().until(d -> !editing.isDisplayed());
        assertEquals(change, active());
        assertEquals("false", change.getAttribute("aria-expanded"));

        // delete asks first (Esc keeps the item), then deletes, and Undo puts it back in its place
        WebElement delete = item("Væresteder " + marker).findElement(By.cssSelector(".samraad-agenda-delete"));
        delete.sendKeys(Keys.ENTER);
        WebElement question = waitVisible(By.cssSelector(".samraad-agenda-delete-confirm p"));
        assertEquals(question, active());
        assertTrue(question.getText().contains("Væresteder " + marker));
        Axe.assertNoFindings(browser, "the delete confirmation open");
        active().sendKeys(Keys.ESCAPE);
        waiting().until(gone(question));
        assertEquals(delete, active());
        delete.sendKeys(Keys.ENTER);
        waitVisible(By.cssSelector(".samraad-agenda-delete-confirm p"));
        active().sendKeys(Keys.TAB);
        assertTrue(active().getAttribute("class").contains("aui-button-danger"));
        active().sendKeys(Keys.ENTER);
        agenda.announced("Agenda item \"Væresteder " + marker + "\" deleted.");
        assertEquals(List.of("Godkendelse af dagsorden", "Budget " + marker, "Eventuelt"), titles());
        waiting().until(d -> active().getText().startsWith("Agenda item \"Væresteder " + marker + "\" deleted."));
        active().sendKeys(Keys.TAB);
        assertEquals("Undo", active().getText());
        active().sendKeys(Keys.ENTER);
        agenda.announced("Agenda item \"Væresteder " + marker + "\" is back.");
        waiting().until(d -> titles().size() == 4);
        assertEquals(List.of("Godkendelse af dagsorden", "Budget " + marker, "Væresteder " + marker, "Eventuelt"),
                titles());
        assertEquals(item("Væresteder " + marker).findElement(By.tagName("h3")), active());
        assertEquals("every change in place: the page never reloaded", Boolean.TRUE,
                ((JavascriptExecutor) browser).executeScript("return window.__samraad_same_page;"));
    }

    @Test
    public void everyReaderOpensTheEasyReadVersionInPlaceAndGoesBack() {
        String page = createPage("secretary", "Møde " + marker,
                "<ac:structured-macro ac:name=\"samraad-agenda\" ac:schema-version=\"1\"/>");
        int meeting = meetings.create(councilId, "Møde " + marker, LocalDateTime.of(2026, 12, 1, 19, 0), pageId(page));
        assertEquals(201, api.postJson("secretary", API + "/meetings/" + meeting + "/agenda", JsonNodeFactory.instance
                .objectNode().put("title", "Eventuelt").put("kind", "STANDING").put("standingKind", "AOB").toString())
                .status());
        meetings.status(meeting, MeetingStatus.AGENDA_PUBLISHED);
        loginAs("reader");
        browser.get(page);
        WebElement link = waitVisible(By.cssSelector("a.samraad-agenda-other-view-link"));
        assertEquals("Easy-read version", link.getText());
        link.sendKeys(Keys.ENTER);
        agenda.announced("Easy-read agenda");
        WebElement easy = waitVisible(By.cssSelector("section.samraad-agenda-view-easy-read"));
        assertEquals(easy.findElement(By.tagName("h2")), active());
        assertEquals("Tuesday 1 December 2026 at 19:00", easy.findElement(By.cssSelector(".samraad-agenda-when"))
                .getText().replaceAll(", at .*", ""));
        WebElement standing = easy.findElement(By.cssSelector(".samraad-agenda-easy-read-text"));
        assertEquals("the built-in easy text, in the council's language and marked so", "Her kan alle sige noget.",
                standing.getText());
        assertEquals("da", standing.getAttribute("lang"));
        Axe.assertNoFindings(browser, "the easy-read version in place");
        WebElement back = easy.findElement(By.cssSelector("a.samraad-agenda-other-view-link"));
        back.sendKeys(Keys.ENTER);
        waitVisible(By.cssSelector("section.samraad-agenda-view-agenda"));
        waiting().until(d -> active().getTagName().equals("h2"));
        assertTrue(active().getText().startsWith("Agenda: "));

        // without the script the link opens the easy-read version as a page of its own, in the reader's language
        String address = browser.findElement(By.cssSelector("a.samraad-agenda-other-view-link")).getAttribute("href");
        browser.get(address);
        assertEquals("Easy-read: Møde " + marker, browser.getTitle());
        assertEquals("Møde " + marker, browser.findElement(By.tagName("h1")).getText());
        assertEquals("Easy-read agenda", browser.findElement(By.tagName("h2")).getText());
        assertTrue("a link back to the meeting's page", browser.findElement(By.cssSelector("main > p > a"))
                .getAttribute("href").endsWith("pageId=" + pageId(page)));
        Axe.assertNoFindings(browser, "the easy-read page of its own");
    }

    private WebElement active() {
        return browser.switchTo().activeElement();
    }

    @Test
    public void aSaveThatMeetsSomeoneElsesChangeSaysSoAndKeepsTheTextTyped() {
        String page = createPage("member", "Møde " + marker,
                "<ac:structured-macro ac:name=\"samraad-agenda\" ac:schema-version=\"1\"/>");
        int meeting = meetings.create(councilId, "Møde " + marker, LocalDateTime.of(2026, 12, 1, 19, 0), pageId(page));
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("title", "Budget " + marker)
                .put("kind", "DECISION");
        HttpApi.Reply created = api.postJson("member", API + "/meetings/" + meeting + "/agenda", body.toString());
        assertEquals(created.text(), 201, created.status());
        int id = created.json().get("id").asInt();
        browser.get(page);

        WebElement form = agenda.edit("Budget " + marker);
        assertEquals(200, api.putJson("secretary", API + "/agenda-items/" + id,
                body.put("recommendation", "Sekretariatets indstilling").put("version", 0).toString()).status());

        String typed = "Rådet anbefaler tilskud, men vil se regnskabet først.";
        form.findElement(By.name("decision")).sendKeys(typed);
        form.findElement(By.cssSelector("button[type=submit]")).sendKeys(Keys.ENTER);

        WebElement status = waitForText(By.cssSelector("form.samraad-agenda-form .samraad-form-status"));
        assertTrue(status.getText(), status.getText().contains("Someone else saved a change in the meantime"));
        assertTrue(status.getText().contains("Your text is still in the form"));
        assertEquals(typed, form.findElement(By.name("decision")).getAttribute("value"));
        JsonNode stored = api.get("member", API + "/meetings/" + meeting + "/agenda").json().get("items").get(0);
        assertEquals("Sekretariatets indstilling", stored.get("recommendation").asText());
        assertTrue(stored.get("decision").isNull());
    }

    @Test
    public void theSecretaryPicksDissentersFromTheMemberList() {
        String page = createPage("secretary", "Møde " + marker,
                "<ac:structured-macro ac:name=\"samraad-agenda\" ac:schema-version=\"1\"/>");
        int meeting = meetings.create(councilId, "Møde " + marker, LocalDateTime.of(2026, 12, 1, 19, 0), pageId(page));
        HttpApi.Reply created = api.postJson("secretary", API + "/meetings/" + meeting + "/agenda", JsonNodeFactory
                .instance.objectNode().put("title", "Budget " + marker).put("kind", "DECISION").toString());
        assertEquals(created.text(), 201, created.status());
        loginAs("secretary");
        browser.get(page);

        WebElement form = agenda.edit("Budget " + marker);
        WebElement select = form.findElement(By.name("dissenterIds"));
        waiting().until(d -> "true".equals(select.getAttribute("data-loaded")));
        assertEquals("the select is labelled", "Members who dissented (choose from the member list; hold Ctrl or Cmd"
                + " for several)", form.findElement(By.cssSelector("label[for='" + select.getAttribute("id") + "']"))
                .getText());
        new Select(select).selectByVisibleText("Leila Nour");
        new Select(select).selectByVisibleText("Jonas Bech");
        agenda.submit(form);

        JsonNode stored = api.get("secretary", API + "/meetings/" + meeting + "/agenda").json().get("items").get(0);
        assertEquals(List.of("Jonas Bech", "Leila Nour"), List.of(stored.get("dissenters").get(0).get("name").asText(),
                stored.get("dissenters").get(1).get("name").asText()).stream().sorted().toList());
        WebElement again = agenda.edit("Budget " + marker);
        WebElement reopened = again.findElement(By.name("dissenterIds"));
        waiting().until(d -> "true".equals(reopened.getAttribute("data-loaded")));
        assertEquals(List.of("Jonas Bech", "Leila Nour"), new Select(reopened).getAllSelectedOptions().stream()
                .map(WebElement::getText).sorted().toList());
    }

    /** Issue 18.3: seed 000's "Dialogmøder på Vesterbro (2009-20169)", entered in the page, never by REST. */
    @Test
    public void theSecretaryEntersACaseNumberInThePageAndSeesItOnTheItem() {
        String page = createPage("secretary", "Møde " + marker,
                "<ac:structured-macro ac:name=\"samraad-agenda\" ac:schema-version=\"1\"/>");
        int meeting = meetings.create(councilId, "Møde " + marker, LocalDateTime.of(2026, 12, 1, 19, 0), pageId(page));
        HttpApi.Reply created = api.postJson("secretary", API + "/meetings/" + meeting + "/agenda", JsonNodeFactory
                .instance.objectNode().put("title", "Dialogmøder " + marker).put("kind", "DECISION").toString());
        assertEquals(created.text(), 201, created.status());
        loginAs("secretary");
        browser.get(page);

        WebElement form = agenda.edit("Dialogmøder " + marker);
        WebElement field = form.findElement(By.name("caseNumber"));
        assertTrue("the field is labelled", form.findElement(By.cssSelector("label[for='" + field.getAttribute("id")
                + "']")).getText().startsWith("Case no."));
        field.sendKeys("x".repeat(41));
        ((JavascriptExecutor) browser).executeScript("arguments[0].removeAttribute('maxlength');"
                + "arguments[0].value = arguments[1];", field, "x".repeat(41));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement error = waitForText(By.id(field.getAttribute("id") + "-error"));
        assertEquals("the field error beside the field", "Use at most 40 characters.", error.getText());

        field.clear();
        field.sendKeys(" 2009-20169 ");
        agenda.submit(form);

        WebElement shown = waitVisible(By.cssSelector("li[data-item-id='" + created.json().get("id").asInt()
                + "'] .samraad-agenda-case-number"));
        assertEquals("2009-20169", shown.getText());
        assertEquals("2009-20169", api.get("secretary", API + "/meetings/" + meeting + "/agenda").json()
                .get("items").get(0).get("caseNumber").asText());
        WebElement again = agenda.edit("Dialogmøder " + marker);
        assertEquals("the form shows it again", "2009-20169", again.findElement(By.name("caseNumber"))
                .getAttribute("value"));
    }

    @Test
    public void anEditorAddsAnActionFromAnAgendaItemAndTheMinutesListItUnderTheItem() {
        String page = createPage("member", "Møde " + marker,
                "<ac:structured-macro ac:name=\"samraad-agenda\" ac:schema-version=\"1\"/>");
        int meeting = meetings.create(councilId, "Møde " + marker, LocalDateTime.of(2026, 12, 1, 19, 0), pageId(page));
        HttpApi.Reply created = api.postJson("member", API + "/meetings/" + meeting + "/agenda",
                JsonNodeFactory.instance.objectNode().put("title", "Budget " + marker).put("kind", "DECISION").toString());
        int item = created.json().get("id").asInt();
        browser.get(page);

        agenda.openEditing();
        waitVisible(By.cssSelector("li[data-item-id='" + item + "'] button.samraad-agenda-add-action")).sendKeys(Keys.ENTER);
        WebElement form = waitVisible(By.cssSelector("form.samraad-agenda-action-form"));
        assertTrue(form.getText().contains("From agenda item: Budget " + marker));
        form.findElement(By.name("title")).sendKeys("Søg puljen " + marker);
        form.findElement(By.name("ownerName")).sendKeys("Karin Holm");
        waiting().until(d -> new Select(form.findElement(By.name("organisationId"))).getOptions().size() > 1);
        new Select(form.findElement(By.name("organisationId"))).selectByIndex(1);
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2099-01-15';",
                form.findElement(By.name("dueDate")));
        form.findElement(By.cssSelector("button[type=submit]")).sendKeys(Keys.ENTER);
        waiting().until(gone(form));
        agenda.announced("Action item \"Søg puljen " + marker + "\" added.");
        assertEquals("focus back where the action was added from", item("Budget " + marker)
                .findElement(By.cssSelector("button.samraad-agenda-add-action")), browser.switchTo().activeElement());

        JsonNode actions = api.get("member", API + "/actions?meetingId=" + meeting).json().get("items");
        assertEquals(1, actions.size());
        JsonNode action = actions.get(0);
        try {
            assertEquals("Søg puljen " + marker, action.get("title").asText());
            assertEquals(item, action.get("agendaItemId").asInt());
            assertEquals(councilId, action.get("councilId").asInt());
            assertEquals("2099-01-15", action.get("dueDate").asText());
            assertFalse(action.get("organisationId").isNull());

            String minutes = createPage("member", "Referat " + marker,
                    "<ac:structured-macro ac:name=\"samraad-agenda\" ac:schema-version=\"1\">"
                            + "<ac:parameter ac:name=\"meeting\">" + meeting + "</ac:parameter>"
                            + "<ac:parameter ac:name=\"view\">minutes</ac:parameter></ac:structured-macro>");
            browser.get(minutes);
            WebElement listed = browser.findElement(By.cssSelector("li[data-item-id='" + item + "'] "
                    + ".samraad-agenda-item-actions li"));
            assertTrue(listed.getText(), listed.getText().startsWith("Søg puljen " + marker + " – Karin Holm, "));
            assertTrue(listed.getText(), listed.getText().contains("15 Jan 2099 – Open"));
        } finally {
            api.delete("secretary", API + "/actions/" + action.get("id").asInt());
        }
    }

    /** Drags one item onto the upper half of another, with the events a browser sends. */
    private void drag(WebElement source, WebElement target) {
        ((JavascriptExecutor) browser).executeScript(
                "var source = arguments[0], target = arguments[1], data = new DataTransfer();"
                        + "var y = target.getBoundingClientRect().top + 2;"
                        + "source.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));"
                        + "target.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true,"
                        + " dataTransfer: data, clientY: y}));"
                        + "target.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true,"
                        + " dataTransfer: data, clientY: y}));"
                        + "source.dispatchEvent(new DragEvent('dragend', {bubbles: true, dataTransfer: data}));",
                source, target);
    }

    private void addItem(String title, String kind, String standingKind, int minutes, boolean closed,
            String[]... attachments) {
        agenda.addItem(title, kind, standingKind, minutes, closed, attachments);
    }

    private static long pageId(String url) {
        return Long.parseLong(url.replaceAll(".*[?&]pageId=(\\d+).*", "$1"));
    }

    private WebElement item(String title) {
        return agenda.item(title);
    }

    private List<String> titles() {
        return agenda.titles();
    }

    private List<String> texts(String css) {
        return agenda.texts(css);
    }
}
