package org.samraad.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.samraad.testing.BrowserTest;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * Issue 4 end to end in a real browser on the dev host: the secretary creates a meeting page from the blueprint,
 * adds five items (every kind an item can be besides the standing ones the blueprint made; attachments, one closed
 * item, one closed attachment) and moves one by keyboard, publishes the agenda, records attendance (an apology, a
 * substitute, a guest) and reads the quorum, marks the meeting held, writes a decision and a dissent in the minutes
 * the same page now shows, and approves them, after which the agenda is locked.
 *
 * <p>How a reader gets the public view: the meeting page itself is for the council's space, where a reader sees a
 * closed item as a numbered placeholder. For publication the secretary makes a page with the agenda macro in the
 * {@code public} view and the attendance for the same meeting (the {@code meeting} parameter), as a council puts
 * its minutes on its public pages once they are published; an anonymous reader there sees the closed item by its
 * number only, neither its title nor its attachments, nor a closed attachment, nor the names of people who did not
 * consent to publication. The meeting page exported to PDF holds the static minutes, without forms or scripts.
 */
public class MeetingWalkBrowserIT extends BrowserTest {
    private static final String API = "/rest/samraad/1.0";

    private final HttpApi api = SharedDevHost.api();
    private final String marker = "w" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, Integer> members = new HashMap<>();
    private AgendaOnPage agenda;
    private int councilId;
    private int substitute;
    private Integer meetingId;

    @Before
    public void addASubstituteToTheDemoCouncil() {
        agenda = new AgendaOnPage(browser);
        councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
        ObjectNode sofie = JsonNodeFactory.instance.objectNode().put("role", "SUBSTITUTE").put("name", "Sofie " + marker)
                .put("publishConsent", true).put("termStart", LocalDate.now().minusYears(1).toString())
                .put("termEnd", LocalDate.now().plusYears(1).toString());
        HttpApi.Reply reply = api.postJson("secretary", API + "/councils/" + councilId + "/members", sofie.toString());
        assertEquals(reply.text(), 201, reply.status());
        substitute = reply.json().get("id").asInt();
        for (JsonNode member : api.get("secretary", API + "/councils/" + councilId + "/members").json().get("items")) {
            members.put(member.get("displayName").asText(), member.get("id").asInt());
        }
    }

    @After
    public void removeTheMeetingAndTheSubstitute() {
        if (meetingId != null) {
            JsonNode meeting = api.get("secretary", API + "/meetings/" + meetingId).json();
            if (meeting.get("status").asText().startsWith("MINUTES") || meeting.get("status").asText().equals("PUBLISHED")) {
                api.postJson("secretary", API + "/meetings/" + meetingId + "/transition",
                        "{\"to\":\"HELD\",\"version\":" + meeting.get("version").asInt()
                                + ",\"reason\":\"Test cleanup\"}");
            }
            api.delete("secretary", API + "/meetings/" + meetingId);
        }
        api.delete("secretary", API + "/members/" + substitute);
    }

    @Test
    public void aSecretaryWalksAMeetingFromTheBlueprintToApprovedMinutesAndTheReaderSeesOnlyWhatMayBePublished() {
        String page = createTheMeetingPageFromTheBlueprint();
        assertEquals("the blueprint page holds the whole meeting, in this order (who attended heads the minutes), and "
                        + "for the secretary the dispatch log at its foot",
                List.of("samraad-meeting", "samraad-agenda-requests", "samraad-attendance", "samraad-agenda",
                        "samraad-dispatch-log"),
                sectionKinds());
        List<String> standing = agenda.titles();
        assertEquals("the standing items come with the meeting", 4, standing.size());

        // five items: attachments, one closed item, one closed attachment, a presenter who did not consent
        agenda.addItem("Orientering fra formanden " + marker, "INFORMATION", null, 10, false,
                new String[] {"Program", "https://nordby.dk/program.pdf", "open"});
        WebElement form = agenda.openAddForm();
        agenda.fill(form, "Væresteder om vinteren " + marker, "DISCUSSION", null, 15, false,
                new String[] {"Oversigt over væresteder", "https://nordby.dk/oversigt.pdf", "open"});
        form.findElement(By.name("presenterName")).sendKeys("Leila Nour");
        agenda.submit(form);
        agenda.addItem("Budget for natcaféen " + marker, "DECISION", null, 30, false,
                new String[] {"Budgetnotat", "https://nordby.dk/budget.pdf", "open"},
                new String[] {"Lønbilag " + marker, "https://nordby.dk/loen.pdf", "closed"});
        agenda.addItem("Sag om en borger " + marker, "DISCUSSION", null, 15, true,
                new String[] {"Sagsakt " + marker, "https://nordby.dk/sag.pdf", "open"});
        agenda.addItem("Høring om boligstrategi " + marker, "HEARING", null, 20, false,
                new String[] {"Høringsbrev", "https://nordby.dk/hoering.pdf", "open"});
        List<String> titles = agenda.titles();
        assertEquals(List.of(standing.get(0), standing.get(1), standing.get(2), "Orientering fra formanden " + marker,
                "Væresteder om vinteren " + marker, "Budget for natcaféen " + marker, "Sag om en borger " + marker,
                "Høring om boligstrategi " + marker, standing.get(3)), titles);
        assertEquals(List.of("1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9."), agenda.texts(".samraad-agenda-number"));

        // by keyboard: the hearing goes before the closed case, and a screen reader hears where it went
        agenda.openEditing();
        WebElement up = agenda.item("Høring om boligstrategi " + marker)
                .findElement(By.cssSelector("button.samraad-agenda-move-up"));
        up.sendKeys(Keys.ENTER);
        agenda.announced("Item moved to position 7 of 9.");
        assertEquals("Høring om boligstrategi " + marker, agenda.titles().get(6));
        assertEquals("focus stays on the button pressed", agenda.item("Høring om boligstrategi " + marker)
                .findElement(By.cssSelector("button.samraad-agenda-move-up")), browser.switchTo().activeElement());
        assertTheAgendaIsNavigable();

        step("Publish the agenda", "Agenda published");

        // attendance: an apology, a substitute in a member's place, a guest; the quorum follows
        status("Karin Holm", "PRESENT");
        status("Jonas Bech", "PRESENT");
        status("Leila Nour", "APOLOGIES");
        status("Per Ravn", "SUBSTITUTE_ATTENDED");
        new Select(browser.findElement(By.cssSelector("tr[data-member-id='" + members.get("Per Ravn")
                + "'] select.samraad-attendance-substitute"))).selectByValue(String.valueOf(substitute));
        WebElement guests = waitVisible(By.cssSelector("fieldset.samraad-attendance-add-guest"));
        guests.findElement(By.cssSelector("input[type=text]")).sendKeys("Maria " + marker);
        guests.findElement(By.cssSelector("button.samraad-attendance-add-guest-button")).click();
        WebElement attendanceForm = browser.findElement(By.cssSelector("form.samraad-attendance-form"));
        attendanceForm.findElement(By.cssSelector("button.samraad-attendance-save")).click();
        waiting().until(gone(attendanceForm));
        JsonNode quorum = api.get("secretary", API + "/meetings/" + meetingId + "/quorum").json();
        int voting = quorum.get("members").asInt();
        assertEquals(3, quorum.get("present").asInt());
        String sentence = waitVisible(By.cssSelector(".samraad-quorum")).getText();
        assertTrue(sentence, sentence.startsWith("3 of " + voting + " voting members present, including 1 substitute: "
                + "enough voting members are present"));

        // held: the same page now shows the minutes, where the decision and the dissent are written
        // the meeting is months ahead: the secretary confirms marking it held now
        step("Mark as held", "Held", true);
        assertEquals(1L, count(browser.findElement(By.tagName("body")), "section.samraad-agenda-view-minutes"));
        WebElement edit = agenda.edit("Budget for natcaféen " + marker);
        edit.findElement(By.name("decision")).sendKeys("Rådet anbefaler et tilskud på 50.000 kr. " + marker);
        edit.findElement(By.name("dissent")).sendKeys("Jonas Bech stemte imod " + marker);
        agenda.submit(edit);
        String budget = agenda.item("Budget for natcaféen " + marker).getText();
        assertTrue(budget, budget.contains("Rådet anbefaler et tilskud på 50.000 kr. " + marker));
        assertTrue(budget.contains("Jonas Bech stemte imod " + marker));

        step("Approve the minutes", "Minutes approved");
        WebElement minutes = browser.findElement(By.cssSelector("section.samraad-agenda"));
        assertEquals("approved minutes are not edited in place", 0L,
                count(minutes, "button.samraad-agenda-add, button.samraad-agenda-edit, [draggable=true]"));
        assertEquals("and the API agrees", 409, api.postJson("secretary", API + "/meetings/" + meetingId + "/agenda",
                "{\"title\":\"For sent\",\"kind\":\"INFORMATION\"}").status());

        // published: the public view shows the meeting from now on
        step("Publish the minutes", "Minutes published");

        // the public page the secretary makes for publication, read anonymously
        String published = createPage("secretary", "Referat til offentliggørelse " + marker,
                "<ac:structured-macro ac:name=\"samraad-agenda\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"meeting\">" + meetingId + "</ac:parameter>"
                        + "<ac:parameter ac:name=\"view\">public</ac:parameter></ac:structured-macro>"
                        + "<ac:structured-macro ac:name=\"samraad-attendance\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"meeting\">" + meetingId + "</ac:parameter></ac:structured-macro>");
        loginAs(null);
        browser.get(published);
        assertEquals("the closed item keeps its number, so the public page and the minutes agree",
                List.of(standing.get(0), standing.get(1), standing.get(2), "Orientering fra formanden " + marker,
                "Væresteder om vinteren " + marker, "Budget for natcaféen " + marker, "Høring om boligstrategi " + marker,
                "Closed item", standing.get(3)), agenda.titles());
        assertEquals(List.of("1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9."),
                agenda.texts(".samraad-agenda-number"));
        String source = browser.getPageSource();
        for (String secret : List.of("Sag om en borger " + marker, "Sagsakt " + marker, "Lønbilag " + marker,
                "Leila Nour", "Maria " + marker)) {
            assertFalse(secret + " is not published", source.contains(secret));
        }
        assertTrue(source.contains("Rådet anbefaler et tilskud på 50.000 kr. " + marker));
        assertTrue(source.contains("Jonas Bech stemte imod " + marker));
        assertTrue("a member who consented is named", source.contains("Karin Holm"));
        assertEquals(0L, count(browser.findElement(By.tagName("body")), "main form, main button, [data-editable]"));

        // the meeting page exported to PDF: the approved minutes, written into the page as static content in the
        // council's language (issue 14), no forms, no scripts
        loginAs("reader");
        browser.get(page + "&outputType=pdf");
        WebElement exported = browser.findElement(By.id("main-content"));
        assertEquals(List.of("1. " + standing.get(0), "2. " + standing.get(1), "3. " + standing.get(2),
                "4. Orientering fra formanden " + marker, "5. Væresteder om vinteren " + marker,
                "6. Budget for natcaféen " + marker, "7. Høring om boligstrategi " + marker, "8. Lukket punkt",
                "9. " + standing.get(3)), exported.findElements(By.cssSelector("h3")).stream().map(WebElement::getText)
                        .filter(heading -> heading.matches("\\d+\\. .*")).toList());
        assertTrue(exported.getText().contains("Jonas Bech stemte imod " + marker));
        assertTrue(exported.getText().contains("Budgetnotat"));
        assertFalse(browser.getPageSource().contains("Lønbilag " + marker));
        assertEquals(0L, count(browser.findElement(By.tagName("html")), "script, form, button, [data-editable]"));
    }

    /** Through the create dialog's list and the wizard, as the secretary; the new page's URL. */
    private String createTheMeetingPageFromTheBlueprint() {
        loginAs("secretary");
        browser.get(SharedDevHost.baseUrl() + "/plugins/createcontent/init.action?spaceKey=UDS");
        browser.findElement(By.linkText("Meeting page")).click();
        WebElement wizard = waitVisible(By.cssSelector("form.blueprint-wizard"));
        new Select(wizard.findElement(By.id("samraad-meeting-kind"))).selectByValue("ORDINARY");
        // within the demo members' and the substitute's terms
        LocalDate day = LocalDate.now().plusDays(100 + ThreadLocalRandom.current().nextInt(200));
        value(wizard.findElement(By.id("samraad-meeting-date")), day.toString());
        value(wizard.findElement(By.id("samraad-meeting-start")), "17:00");
        value(wizard.findElement(By.id("samraad-meeting-end")), "19:00");
        wizard.findElement(By.id("samraad-meeting-place")).sendKeys("Medborgerhuset, Torvet 3, Nordby");
        wizard.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("viewpage.action"));
        meetingId = Integer.valueOf(browser.findElement(By.cssSelector("section.samraad-meeting"))
                .getAttribute("data-meeting-id"));
        assertEquals("Planned", browser.findElement(By.cssSelector(".samraad-meeting-status")).getAttribute("textContent").trim());
        return browser.getCurrentUrl();
    }

    /** Headings for the page's parts and each item, the items a list, every control with a label. */
    private void assertTheAgendaIsNavigable() {
        WebElement section = browser.findElement(By.cssSelector("section.samraad-agenda"));
        assertEquals(1L, count(section, ":scope > h2"));
        assertEquals(9L, count(section, "ol.samraad-agenda-items > li[data-item-id] h3"));
        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('section.samraad input:not([type=hidden]),"
                        + " section.samraad select, section.samraad textarea, section.samraad button'))"
                        + ".filter(function (e) { return !(e.labels && e.labels.length) && !e.getAttribute('aria-label')"
                        + " && !e.getAttribute('aria-labelledby') && !(e.tagName === 'BUTTON' && e.textContent.trim()); })"
                        + ".map(function (e) { return e.outerHTML.substring(0, 120); });");
        assertEquals("every control has a label", List.of(), unlabelled);
    }

    private List<String> sectionKinds() {
        @SuppressWarnings("unchecked")
        List<String> kinds = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('section.samraad'))"
                        + ".map(function (e) { return e.classList[1]; });");
        return kinds;
    }

    private void step(String label, String newStatus) {
        step(label, newStatus, false);
    }

    private void step(String label, String newStatus, boolean confirm) {
        WebElement before = browser.findElement(By.cssSelector("section.samraad-meeting"));
        waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//section[contains(@class,'samraad-meeting')]//button[normalize-space()='" + label + "']"))).click();
        if (confirm) {
            waitVisible(By.cssSelector(".samraad-meeting-confirm .samraad-meeting-confirm-yes")).click();
        }
        waiting().until(gone(before));
        assertEquals(newStatus, waitVisible(By.cssSelector(".samraad-meeting-status")).getAttribute("textContent").trim());
        Keyboard.reloadAsTheHeaderOffers(browser);
    }

    private void status(String member, String status) {
        WebElement toggle = waitVisible(By.cssSelector("button.samraad-attendance-toggle"));
        if ("false".equals(toggle.getAttribute("aria-expanded"))) {
            toggle.sendKeys(Keys.ENTER);
        }
        new Select(waitVisible(By.cssSelector("tr[data-member-id='" + members.get(member)
                + "'] select.samraad-attendance-status"))).selectByValue(status);
    }

    private void value(WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, value);
    }
}
