package org.samraad.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.samraad.meeting.MeetingEntity;
import org.samraad.testing.BrowserTest;
import org.samraad.testing.DevHostMeetings;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * The attendance macro in a real browser on the dev host: the secretary records that a member sent apologies and a
 * substitute came in their place, two members present and a guest with an organisation, and sees the quorum
 * sentence change; a hostile guest name stays text; a save over a change made elsewhere is refused with the
 * user's input kept. Each test makes its own meeting, substitute and organisation and removes them.
 */
public class AttendanceBrowserIT extends BrowserTest {
    private static final String API = "/rest/samraad/1.0";
    private static final String HOSTILE =
            "<script>window.__samraad_xss=1</script><img src=x onerror=\"window.__samraad_xss=2\"> \"Åse\" & 'co'";

    private final HttpApi api = SharedDevHost.api();
    private final String marker = "m" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, Integer> members = new HashMap<>();
    private final List<Integer> created = new ArrayList<>();
    private int councilId;
    private int meeting;
    private int substitute;
    private int organisation;

    @Before
    public void makeAMeetingASubstituteAndAnOrganisation() {
        councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
        ObjectNode sofie = JsonNodeFactory.instance.objectNode().put("role", "SUBSTITUTE").put("name", "Sofie " + marker)
                .put("publishConsent", true).put("termStart", LocalDate.now().minusYears(1).toString())
                .put("termEnd", LocalDate.now().plusYears(1).toString());
        HttpApi.Reply reply = api.postJson("secretary", API + "/councils/" + councilId + "/members", sofie.toString());
        assertEquals(reply.text(), 201, reply.status());
        substitute = reply.json().get("id").asInt();
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("spaceKey", "UDS").put("name", "Røde Kors " + marker)
                .put("kind", "VOLUNTARY_ORGANISATION");
        reply = api.postJson("secretary", API + "/organisations", body.toString());
        assertEquals(reply.text(), 201, reply.status());
        organisation = reply.json().get("id").asInt();
        for (JsonNode member : api.get("secretary", API + "/councils/" + councilId + "/members").json().get("items")) {
            members.put(member.get("displayName").asText(), member.get("id").asInt());
        }
        meeting = DevHostMeetings.create(councilId, "Møde " + marker, "AGENDA_PUBLISHED", null);
    }

    @After
    public void cleanUp() {
        DevHostMeetings.remove(meeting);
        api.delete("secretary", API + "/members/" + substitute);
        api.delete("secretary", API + "/organisations/" + organisation);
    }

    @Test
    public void theSecretaryRecordsAnApologyWithASubstituteAndAGuestAndSeesTheQuorumChange() {
        JsonNode before = api.get("member", API + "/meetings/" + meeting + "/quorum").json();
        int voting = before.get("members").asInt();
        String page = createPageWithTheMacro("secretary");
        WebElement sentence = browser.findElement(By.cssSelector(".samraad-quorum"));
        assertEquals("0 of " + voting + " voting members present: too few voting members are present to make decisions (at least "
                + (voting + 1) / 2 + " needed).", sentence.getText());

        status("Karin Holm", "PRESENT");
        status("Jonas Bech", "PRESENT");
        status("Per Ravn", "SUBSTITUTE_ATTENDED");
        WebElement substituteSelect = browser.findElement(
                By.cssSelector("tr[data-member-id='" + members.get("Per Ravn") + "'] select.samraad-attendance-substitute"));
        assertTrue("the substitute picker opens with the status", substituteSelect.isEnabled());
        new Select(substituteSelect).selectByValue(String.valueOf(substitute));
        String expected = "3 of " + voting + " voting members present, including 1 substitute: "
                + (3 >= (voting + 1) / 2 ? "enough voting members are present to make decisions."
                        : "too few voting members are present to make decisions (at least " + (voting + 1) / 2 + " needed).");
        waiting().until(d -> expected.equals(d.findElement(By.cssSelector(".samraad-quorum")).getText()));
        assertEquals("the sentence follows as statuses are chosen, before anything is saved",
                0, api.get("secretary", API + "/meetings/" + meeting + "/attendance").json().get("version").asInt());
        addGuest("Maria " + marker, "Røde Kors " + marker);
        save();

        WebElement updated = waitVisible(By.cssSelector(".samraad-quorum"));
        assertEquals("3 of " + voting + " voting members present, including 1 substitute: "
                + (3 >= (voting + 1) / 2 ? "enough voting members are present to make decisions."
                        : "too few voting members are present to make decisions (at least " + (voting + 1) / 2 + " needed)."),
                updated.getText());
        WebElement per = browser.findElement(By.cssSelector("tr[data-member-id='" + members.get("Per Ravn") + "']"));
        assertEquals("SUBSTITUTE_ATTENDED", new Select(per.findElement(By.cssSelector("select.samraad-attendance-status")))
                .getFirstSelectedOption().getAttribute("value"));
        List<String> byOrganisation = texts(".samraad-attendance-by-organisation li");
        assertTrue(byOrganisation.toString(), byOrganisation.contains("Røde Kors " + marker + ": Maria " + marker));
        JsonNode stored = api.get("secretary", API + "/meetings/" + meeting + "/attendance").json();
        assertEquals(1, stored.get("version").asInt());
        assertEquals(1, stored.get("quorum").get("substitutes").asInt());
        assertEquals(organisation, stored.get("guests").get(0).get("organisationId").asInt());

        loginAs(null);
        browser.get(page);
        assertEquals("others see attendance once the minutes are approved",
                "The attendance is shown here once the minutes are approved.",
                browser.findElement(By.cssSelector(".samraad-attendance-withheld")).getText());
        MeetingEntity row = SharedDevHost.host().activeObjects().get(MeetingEntity.class, meeting);
        row.setStatus("MINUTES_APPROVED");
        row.save();
        browser.get(page);
        WebElement section = browser.findElement(By.cssSelector("section.samraad-attendance"));
        assertEquals(0L, count(section, "form, select, button"));
        assertTrue(section.getText().contains("Substitute attended"));
        assertFalse("guests' names are not shown to anonymous readers", section.getText().contains("Maria " + marker));
    }

    @Test
    public void theSecretaryRecordsAttendanceByKeyboardTheQuorumFollowingEachChoiceAndEscapeClosingTheForm() {
        int voting = api.get("member", API + "/meetings/" + meeting + "/quorum").json().get("members").asInt();
        createPageWithTheMacro("secretary");
        ((JavascriptExecutor) browser).executeScript("window.__samraad_same_page = true;");
        assertEquals("reads first: no form controls showing", 0L, ((Number) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('section.samraad-attendance select'))"
                        + ".filter(function (s) { return s.offsetParent !== null; }).length;")).longValue());

        WebElement toggle = tabTo("Record attendance");
        toggle.sendKeys(Keys.ENTER);
        WebElement first = waitVisible(By.cssSelector("select.samraad-attendance-status"));
        assertEquals("focus goes to the first status", first, focused());
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        Axe.assertNoFindings(browser, "the attendance with its form open");

        focused().sendKeys(Keys.ESCAPE);
        waiting().until(gone(first));
        WebElement closed = waitVisible(By.cssSelector("button.samraad-attendance-toggle"));
        waiting().until(d -> "Record attendance".equals(focused().getText()));
        assertEquals("Escape closes the form, focus back on its toggle", "false", closed.getAttribute("aria-expanded"));

        focused().sendKeys(Keys.ENTER);
        waiting().until(d -> focused().getAttribute("class").contains("samraad-attendance-status"));
        focused().sendKeys("Present");
        String one = "1 of " + voting + " voting members present: "
                + (1 >= (voting + 1) / 2 ? "enough voting members are present to make decisions."
                        : "too few voting members are present to make decisions (at least " + (voting + 1) / 2 + " needed).");
        waiting().until(d -> one.equals(d.findElement(By.cssSelector(".samraad-quorum")).getText()));

        WebElement form = browser.findElement(By.cssSelector("form.samraad-attendance-form"));
        tabTo("Save attendance").sendKeys(Keys.ENTER);
        waiting().until(gone(form));
        WebElement sentence = waitVisible(By.cssSelector(".samraad-quorum"));
        assertEquals("focus goes to the quorum", sentence, focused());
        assertEquals(one, sentence.getText());
        WebElement announcer = browser.findElement(By.id("samraad-announcer"));
        waiting().until(d -> ("Attendance saved. " + one).equals(announcer.getAttribute("textContent")));
        assertTrue("who came reads first", browser.findElement(By.cssSelector(".samraad-attendance-present")).getText()
                .startsWith("Present:"));
        assertEquals("Change attendance", browser.findElement(By.cssSelector("button.samraad-attendance-toggle")).getText());
        assertEquals("never reloaded", Boolean.TRUE,
                ((JavascriptExecutor) browser).executeScript("return window.__samraad_same_page === true;"));
    }

    private WebElement tabTo(String text) {
        return Keyboard.tabTo(browser, text);
    }

    private WebElement focused() {
        return Keyboard.focused(browser);
    }

    @Test
    public void aHostileGuestNameIsShownAsText() {
        String page = createPageWithTheMacro("secretary");
        addGuest(HOSTILE, null);
        assertNull(((JavascriptExecutor) browser).executeScript("return window.__samraad_xss;"));
        save();
        waitVisible(By.cssSelector("section.samraad-attendance"));
        assertEquals(List.of(HOSTILE), texts("table.samraad-attendance-guests tbody th"));
        assertNull(((JavascriptExecutor) browser).executeScript("return window.__samraad_xss;"));
        browser.get(page + "&outputType=pdf");
        assertEquals(List.of(HOSTILE), texts("table.samraad-attendance-guests tbody th"));
        assertNull(((JavascriptExecutor) browser).executeScript("return window.__samraad_xss;"));
    }

    @Test
    public void aSaveOverAChangeMadeElsewhereIsRefusedAndKeepsWhatWasEntered() {
        createPageWithTheMacro("secretary");
        ObjectNode elsewhere = JsonNodeFactory.instance.objectNode().put("version", 0);
        elsewhere.putArray("lines").addObject().put("memberId", members.get("Karin Holm")).put("status", "ABSENT");
        assertEquals(200, api.putJson("member", API + "/meetings/" + meeting + "/attendance", elsewhere.toString()).status());

        status("Karin Holm", "PRESENT");
        addGuest("Ole " + marker, null);
        browser.findElement(By.cssSelector("button.samraad-attendance-save")).sendKeys(Keys.ENTER);

        WebElement message = waitForText(By.cssSelector("form.samraad-attendance-form .samraad-form-status"));
        assertTrue(message.getText(), message.getText().contains("Someone else saved a change in the meantime"));
        assertEquals("PRESENT", new Select(browser.findElement(By.cssSelector("tr[data-member-id='"
                + members.get("Karin Holm") + "'] select.samraad-attendance-status"))).getFirstSelectedOption()
                .getAttribute("value"));
        assertEquals(List.of("Ole " + marker), texts("table.samraad-attendance-guests tbody th"));
        JsonNode stored = api.get("secretary", API + "/meetings/" + meeting + "/attendance").json();
        assertEquals(1, stored.get("version").asInt());
        assertEquals(0, stored.get("guests").size());
    }

    /** The attendance reads first: "Record attendance" (or "Change attendance") opens the form, once. */
    private void openTheForm() {
        WebElement toggle = waitVisible(By.cssSelector("button.samraad-attendance-toggle"));
        if ("false".equals(toggle.getAttribute("aria-expanded"))) {
            toggle.sendKeys(Keys.ENTER);
            waitVisible(By.cssSelector("fieldset.samraad-attendance-add-guest"));
        }
    }

    private void status(String member, String status) {
        openTheForm();
        WebElement select = waitVisible(By.cssSelector("tr[data-member-id='" + members.get(member)
                + "'] select.samraad-attendance-status"));
        new Select(select).selectByValue(status);
    }

    private void addGuest(String name, String organisationName) {
        openTheForm();
        WebElement fieldset = waitVisible(By.cssSelector("fieldset.samraad-attendance-add-guest"));
        WebElement input = fieldset.findElement(By.cssSelector("input[type=text]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, name);
        if (organisationName != null) {
            waiting().until(d -> new Select(fieldset.findElement(By.tagName("select"))).getOptions().stream()
                    .anyMatch(o -> o.getText().equals(organisationName)));
            new Select(fieldset.findElement(By.tagName("select"))).selectByVisibleText(organisationName);
        }
        fieldset.findElement(By.cssSelector("button.samraad-attendance-add-guest-button")).click();
    }

    private void save() {
        WebElement form = browser.findElement(By.cssSelector("form.samraad-attendance-form"));
        form.findElement(By.cssSelector("button.samraad-attendance-save")).sendKeys(Keys.ENTER);
        waiting().until(gone(form));
    }

    private String createPageWithTheMacro(String user) {
        return createPage(user, "Fremmøde " + marker,
                "<h1>Fremmøde</h1><ac:structured-macro ac:name=\"samraad-attendance\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"meeting\">" + meeting + "</ac:parameter></ac:structured-macro>");
    }

    private List<String> texts(String css) {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(function (e) { return e.textContent.trim(); });",
                css);
        return texts;
    }
}
