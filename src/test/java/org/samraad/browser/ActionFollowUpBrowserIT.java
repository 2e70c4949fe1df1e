package org.samraad.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.samraad.testing.BrowserTest;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * Issue 5 end to end in a real browser on the dev host, as the secretary does it: on a meeting page made from the
 * blueprint she adds an agenda item, marks the meeting held and, in the minutes the page now shows, adds actions for
 * two organisations from the item (one already past its due date: the form takes any date, as a council records
 * what it agreed late); on a page with the action register for that
 * meeting she marks one done in place; a register filtered by one organisation (the macro's {@code organisation}
 * parameter, the register's only filter) lists that organisation's actions and its CSV link downloads exactly those
 * rows; the next meeting, made from the blueprint too, lists the overdue action first under follow-up; and the
 * reminder job, run by the administrator, leaves the owner's reminder in the dev host's outbox.
 */
public class ActionFollowUpBrowserIT extends BrowserTest {
    private static final String API = "/rest/samraad/1.0";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final HttpApi api = SharedDevHost.api();
    private final String marker = "f" + UUID.randomUUID().toString().substring(0, 8);
    private final List<Integer> meetings = new ArrayList<>();
    private final List<Integer> organisations = new ArrayList<>();
    private AgendaOnPage agenda;

    @Before
    public void makeTwoOrganisations() {
        agenda = new AgendaOnPage(browser);
        organisations.add(organisation("Varmestuen " + marker));
        organisations.add(organisation("Gadejuristen " + marker));
    }

    @After
    public void removeTheActionsMeetingsAndOrganisations() {
        for (int meeting : meetings) {
            for (JsonNode action : api.get("secretary", API + "/actions?meetingId=" + meeting
                    + "&status=OPEN,IN_PROGRESS,DONE,CANCELLED&limit=100").json().path("items")) {
                api.delete("secretary", API + "/actions/" + action.get("id").asInt());
            }
            api.delete("secretary", API + "/meetings/" + meeting);
        }
        for (int id : organisations) {
            api.delete("secretary", API + "/organisations/" + id);
        }
    }

    @Test
    public void aSecretaryFollowsActionsFromAnAgendaItemToTheNextMeetingAndTheOwnersReminder() {
        String varmestuen = "Varmestuen " + marker;
        String gadejuristen = "Gadejuristen " + marker;
        String overdue = "Kortlæg varmestuer " + marker;
        String invitation = "Send invitation " + marker;
        String room = "Book lokale " + marker;
        LocalDate day = LocalDate.now().plusDays(100 + ThreadLocalRandom.current().nextInt(200));

        // the meeting page, an item, and from the item actions for two organisations
        int meeting = meetingFromTheBlueprint(day);
        agenda.addItem("Vinterberedskab " + marker, "DISCUSSION", null, 20, false);
        markAsHeld();
        addAction("Vinterberedskab " + marker, overdue, "member", null, varmestuen, LocalDate.now().minusDays(3));
        addAction("Vinterberedskab " + marker, invitation, null, "Karin Holm", gadejuristen, LocalDate.now().plusDays(14));
        addAction("Vinterberedskab " + marker, room, null, "Karin Holm", varmestuen, LocalDate.now().plusDays(30));
        String listed = agenda.item("Vinterberedskab " + marker).findElement(By.cssSelector(".samraad-agenda-item-actions"))
                .getText();
        assertTrue("the minutes list them under the item: " + listed, listed.contains(overdue + " – Mads Medlem, "
                + varmestuen) && listed.contains(invitation + " – Karin Holm, " + gadejuristen) && listed.contains(room));
        JsonNode stored = api.get("secretary", API + "/actions?meetingId=" + meeting).json().get("items");
        assertEquals(3, stored.size());
        int roomId = idOf(stored, room);
        assertEquals(organisations.get(0).intValue(), stored.get(indexOf(stored, overdue)).get("organisationId").asInt());
        assertEquals(organisations.get(1).intValue(), stored.get(indexOf(stored, invitation)).get("organisationId").asInt());

        // the meeting's register: one marked done in place leaves the open list
        createPage("secretary", "Handlinger fra mødet " + marker, register("meeting", meeting, null));
        assertEquals(List.of(overdue, invitation, room), ours(browser.findElement(By.cssSelector("section.samraad-actions"))));
        WebElement form = ActionRows.openProgress(browser, "tr[data-action-id='" + roomId + "']");
        new Select(form.findElement(By.name("status"))).selectByValue("DONE");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(gone(form));
        assertEquals(List.of(overdue, invitation), ours(browser.findElement(By.cssSelector("section.samraad-actions"))));
        assertEquals("DONE", api.get("secretary", API + "/actions/" + roomId).json().get("status").asText());

        // filtered by organisation, every status: that organisation's two actions, and the CSV has those rows
        createPage("secretary", "Varmestuens handlinger " + marker,
                register("organisation", organisations.get(0), "OPEN,IN_PROGRESS,DONE,CANCELLED"));
        WebElement filtered = browser.findElement(By.cssSelector("section.samraad-actions"));
        assertEquals(List.of(overdue, room), ours(filtered));
        assertTrue(filtered.findElement(By.xpath(".//tr[th[normalize-space(.)='" + overdue + "']]")).getAttribute("textContent")
                .contains("Overdue"));
        byte[] bytes = download(filtered.findElement(By.cssSelector("a.samraad-actions-csv")));
        assertTrue("a UTF-8 byte order mark for spreadsheets", bytes.length > 3
                && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2]);
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0), lines.get(0).contains(";"));
        List<String> rows = lines.stream().filter(line -> line.contains(marker)).toList();
        assertEquals(rows.toString(), 2, rows.size());
        String overdueRow = rows.stream().filter(line -> line.contains(overdue)).findFirst().orElseThrow();
        assertTrue(overdueRow, overdueRow.contains(";" + varmestuen + ";")
                && overdueRow.contains(LocalDate.now().minusDays(3).toString()));
        assertTrue(rows.stream().anyMatch(line -> line.contains(room) && line.contains(";" + varmestuen + ";")));
        assertFalse("another organisation's action", rows.stream().anyMatch(line -> line.contains(invitation)));

        // the next meeting of the council carries the open actions under follow-up, the overdue one first
        meetingFromTheBlueprint(day.plusDays(14));
        WebElement followUp = waitVisible(By.cssSelector("table.samraad-agenda-follow-up"));
        List<WebElement> carried = followUp.findElements(By.cssSelector("tbody tr"));
        List<String> titles = new ArrayList<>();
        int lastOverdue = -1;
        int firstInTime = Integer.MAX_VALUE;
        for (int i = 0; i < carried.size(); i++) {
            titles.add(carried.get(i).findElement(By.cssSelector("th[scope=row]")).getText());
            if (count(carried.get(i), ".samraad-overdue-label") > 0) {
                lastOverdue = i;
            } else {
                firstInTime = Math.min(firstInTime, i);
            }
        }
        assertTrue("overdue before the rest: " + titles, lastOverdue < firstInTime);
        List<String> oursCarried = titles.stream().filter(title -> title.contains(marker)).toList();
        assertEquals("done is not carried over", List.of(overdue, invitation), oursCarried);
        assertTrue(titles.indexOf(overdue) <= lastOverdue);
        assertTrue(carried.get(titles.indexOf(overdue)).getText().contains("Overdue"));

        // the reminder job, run by the administrator, and the owner's reminder in the outbox
        loginAs("admin");
        browser.get(SharedDevHost.baseUrl() + "/devhost/jobs");
        browser.findElement(By.xpath("//button[normalize-space(.)='Run samraad-action-reminders now']")).click();
        assertTrue(waitForText(By.cssSelector(".job-outcome")).getText().contains("SUCCESS"));
        browser.get(SharedDevHost.baseUrl() + "/devhost/outbox");
        WebElement mail = browser.findElement(By.xpath("//article[contains(@class,'outbox-mail')]"
                + "[.//pre[contains(., '" + overdue + "')]]"));
        assertEquals("member@nordby.example", mail.findElement(By.cssSelector(".outbox-to")).getText());
        assertFalse("a done action is not reminded of", mail.getText().contains(room));
    }

    /**
     * The meeting header's button, confirmed since the meeting is months ahead: the page then shows the minutes,
     * where actions are agreed.
     */
    private void markAsHeld() {
        WebElement before = browser.findElement(By.cssSelector("section.samraad-meeting"));
        waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//section[contains(@class,'samraad-meeting')]//button[normalize-space()='Mark as held']"))).click();
        waitVisible(By.cssSelector(".samraad-meeting-confirm .samraad-meeting-confirm-yes")).click();
        waiting().until(gone(before));
        assertEquals("Held", waitVisible(By.cssSelector(".samraad-meeting-status")).getAttribute("textContent").trim());
        Keyboard.reloadAsTheHeaderOffers(browser);
        waitVisible(By.cssSelector("section.samraad-agenda-view-minutes"));
    }

    /** Through the create dialog and the wizard, as the secretary; the meeting page is shown afterwards. */
    private int meetingFromTheBlueprint(LocalDate day) {
        loginAs("secretary");
        browser.get(SharedDevHost.baseUrl() + "/plugins/createcontent/init.action?spaceKey=UDS");
        browser.findElement(By.linkText("Meeting page")).click();
        WebElement wizard = waitVisible(By.cssSelector("form.blueprint-wizard"));
        new Select(wizard.findElement(By.id("samraad-meeting-kind"))).selectByValue("ORDINARY");
        value(wizard.findElement(By.id("samraad-meeting-date")), day.toString());
        value(wizard.findElement(By.id("samraad-meeting-start")), "17:00");
        value(wizard.findElement(By.id("samraad-meeting-end")), "19:00");
        wizard.findElement(By.id("samraad-meeting-place")).sendKeys("Medborgerhuset " + marker);
        wizard.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("viewpage.action"));
        int id = Integer.parseInt(browser.findElement(By.cssSelector("section.samraad-meeting"))
                .getAttribute("data-meeting-id"));
        meetings.add(id);
        return id;
    }

    /** "Add action" on the item, filled and saved; the agenda shows it in place. An owner is a username or a name. */
    private void addAction(String item, String title, String username, String ownerName, String organisation,
            LocalDate due) {
        agenda.openEditing();
        waiting().until(d -> agenda.item(item)).findElement(By.cssSelector("button.samraad-agenda-add-action")).click();
        WebElement form = waitVisible(By.cssSelector("form.samraad-agenda-action-form"));
        assertTrue(form.getText().contains("From agenda item: " + item));
        form.findElement(By.name("title")).sendKeys(title);
        if (username != null) {
            Pickers.pickUser(browser, form.findElement(By.name("ownerUser")), username);
        }
        if (ownerName != null) {
            form.findElement(By.name("ownerName")).sendKeys(ownerName);
        }
        Select organisations = new Select(form.findElement(By.name("organisationId")));
        waiting().until(d -> organisations.getOptions().stream().anyMatch(o -> o.getText().equals(organisation)));
        organisations.selectByVisibleText(organisation);
        value(form.findElement(By.name("dueDate")), due.toString());
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(gone(form));
        waitVisible(By.cssSelector("section.samraad-agenda"));
    }

    private static String register(String parameter, int value, String statuses) {
        return "<ac:structured-macro ac:name=\"samraad-actions\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"" + parameter + "\">" + value + "</ac:parameter>"
                + (statuses == null ? "" : "<ac:parameter ac:name=\"status\">" + statuses + "</ac:parameter>")
                + "<ac:parameter ac:name=\"pageSize\">100</ac:parameter></ac:structured-macro>";
    }

    /** What the link downloads, fetched with the browser's own session, as bytes (a text decoder drops the BOM). */
    private byte[] download(WebElement link) {
        @SuppressWarnings("unchecked")
        List<Long> numbers = (List<Long>) ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0].href, {credentials: 'same-origin'}).then(function (r) { return r.arrayBuffer(); })"
                        + ".then(function (b) { done(Array.from(new Uint8Array(b))); });", link);
        byte[] bytes = new byte[numbers.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = numbers.get(i).byteValue();
        }
        return bytes;
    }

    /** The titles of this test's actions in a register, in order. */
    private List<String> ours(WebElement register) {
        @SuppressWarnings("unchecked")
        List<String> titles = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(arguments[0].querySelectorAll('table.samraad-actions-table tbody th[scope=row]'))"
                        + ".map(function (e) { return e.textContent.replace(/\\s+/g, ' ').trim(); });", register);
        return titles.stream().filter(title -> title.contains(marker)).toList();
    }

    private int organisation(String name) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("spaceKey", "UDS").put("name", name)
                .put("kind", "VOLUNTARY_ORGANISATION");
        HttpApi.Reply reply = api.postJson("secretary", API + "/organisations", body.toString());
        assertEquals(reply.text(), 201, reply.status());
        return reply.json().get("id").asInt();
    }

    private static int idOf(JsonNode actions, String title) {
        return actions.get(indexOf(actions, title)).get("id").asInt();
    }

    private static int indexOf(JsonNode actions, String title) {
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i).get("title").asText().equals(title)) {
                return i;
            }
        }
        throw new AssertionError("no action " + title + " in " + actions);
    }

    private void value(WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, value);
    }
}
