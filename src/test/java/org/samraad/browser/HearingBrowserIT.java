package org.samraad.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.samraad.council.CouncilZone;
import org.samraad.testing.BrowserTest;
import org.samraad.testing.DevHostMeetings;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * A hearing from intake to follow-up in a real browser on the dev host, as the "done when" says: the
 * secretary creates it from the hearing response blueprint, moves it through drafting and council review, puts it on
 * an upcoming meeting's agenda, the minutes are approved with a decision on the item (which approves the hearing),
 * she records it as submitted, the register shows it answered on time, and a follow-up with a review date is
 * recorded. The title is hostile and stays text in the DOM.
 */
public class HearingBrowserIT extends BrowserTest {
    private static final String API = "/rest/samraad/1.0";
    private static final String HOSTILE =
            "<script>window.__samraad_xss=1</script><img src=x onerror=\"window.__samraad_xss=2\"> \"Åse\" & 'co'";

    private final HttpApi api = SharedDevHost.api();
    private final String marker = "b" + UUID.randomUUID().toString().substring(0, 8);
    private int councilId;
    private Integer hearingId;
    private Integer meetingId;
    private final List<Integer> extraMeetings = new ArrayList<>();

    @Before
    public void findTheDemoCouncil() {
        councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
    }

    @After
    public void cleanUp() {
        if (hearingId != null) {
            api.delete("secretary", API + "/hearings/" + hearingId);
        }
        if (meetingId != null) {
            DevHostMeetings.remove(meetingId);
        }
        extraMeetings.stream().filter(id -> !id.equals(meetingId)).forEach(DevHostMeetings::remove);
    }

    @Test
    public void aSecretaryTakesAHearingFromTheBlueprintToAnsweredOnTimeWithAFollowUp() {
        String title = "Høring " + marker + " " + HOSTILE;
        loginAs("secretary");
        browser.get(SharedDevHost.baseUrl() + "/plugins/createcontent/init.action?spaceKey=UDS");
        browser.findElement(By.linkText("Hearing response")).click();
        WebElement wizard = browser.findElement(By.cssSelector("form.blueprint-wizard"));
        wizard.findElement(By.id("samraad-hearing-title")).sendKeys(title);
        wizard.findElement(By.id("samraad-hearing-issuing-body")).sendKeys("Social- og Sundhedsudvalget");
        wizard.findElement(By.id("samraad-hearing-reference")).sendKeys("99-" + marker);
        setValue(wizard.findElement(By.id("samraad-hearing-received")), "2026-11-02");
        setValue(wizard.findElement(By.id("samraad-hearing-deadline")), "2099-12-20");
        wizard.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("viewpage.action"));
        String page = browser.getCurrentUrl();

        WebElement hearing = section();
        hearingId = Integer.valueOf(hearing.getAttribute("data-hearing-id"));
        assertEquals("the hostile title is text", title, hearing.findElement(By.tagName("h2")).getText());
        assertNoScriptRan();
        assertEquals("Received", status());

        move("DRAFTING");
        move("COUNCIL_REVIEW");
        assertEquals("Council review", status());

        meetingId = DevHostMeetings.create(councilId, "Møde " + marker, "PLANNED",
                LocalDate.now(CouncilZone.COPENHAGEN).plusDays(3));
        browser.get(page);
        WebElement agenda = open("samraad-hearing-agenda");
        new Select(agenda.findElement(By.name("meetingId"))).selectByValue(String.valueOf(meetingId));
        agenda.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(gone(agenda));
        assertTrue(waitVisible(By.cssSelector(".samraad-hearing-on-agenda")).getText().contains("On a meeting agenda"));

        approveTheMinutesWithADecision();
        browser.get(page);
        assertEquals("approving the minutes approved the hearing", "Approved", status());
        move("SUBMITTED");
        assertEquals("Submitted", status());

        String register = createPage("secretary", "Høringer " + marker,
                "<ac:structured-macro ac:name=\"samraad-hearings\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"status\">submitted</ac:parameter></ac:structured-macro>");
        WebElement row = browser.findElement(By.cssSelector("tr[data-hearing-id='" + hearingId + "']"));
        assertTrue(row.getText(), row.getText().contains("Answered on time"));
        assertEquals(title, row.findElement(By.cssSelector(".samraad-hearing-title")).getText());
        assertNoScriptRan();
        assertTrue(register.contains("viewpage.action"));

        browser.get(page);
        WebElement followUp = open("samraad-hearing-follow-up");
        followUp.findElement(By.name("outcome")).sendKeys("Byrådet fulgte rådets anbefaling " + HOSTILE);
        setValue(followUp.findElement(By.name("reviewDate")), "2100-03-01");
        followUp.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(gone(followUp));
        WebElement outcome = waitVisible(By.cssSelector(".samraad-hearing-outcome"));
        assertEquals("Byrådet fulgte rådets anbefaling " + HOSTILE, outcome.getText());
        assertTrue(section().findElement(By.cssSelector(".samraad-hearing-review")).getText().contains("1 March 2100"));
        assertNoScriptRan();
    }

    @Test
    public void aKeyboardUserMovesAHearingOnWithoutAReloadAndHearsWhereItStands() {
        HttpApi.Reply created = api.postJson("secretary", API + "/councils/" + councilId + "/hearings",
                JsonNodeFactory.instance.objectNode().put("title", "Høring " + marker).put("deadline", "2099-12-20")
                        .toString());
        assertEquals(created.text(), 201, created.status());
        hearingId = created.json().get("id").asInt();
        createPage("secretary", "Høringssvar " + marker,
                "<ac:structured-macro ac:name=\"samraad-hearing\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"hearing\">" + hearingId + "</ac:parameter></ac:structured-macro>");
        WebElement before = section();
        assertEquals("read first: no form stands open", 0L,
                before.findElements(By.cssSelector("form")).stream().filter(WebElement::isDisplayed).count());
        assertEquals("Danish content in an English page says so", "da",
                before.findElement(By.tagName("h2")).getAttribute("lang"));
        ((JavascriptExecutor) browser).executeScript("window.__samraad_same_page = true;");

        WebElement toggle = before.findElement(By.cssSelector("button.samraad-hearing-toggle[data-form='samraad-hearing-move']"));
        assertTrue("the next step is the primary button", toggle.getAttribute("class").contains("aui-button-primary"));
        WebElement form = open("samraad-hearing-move");
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        Axe.assertNoFindings(browser, "hearing page with Move the hearing on open");
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waiting().until(d -> !form.isDisplayed());
        assertEquals("Esc gives the focus back to the button", toggle, browser.switchTo().activeElement());
        assertEquals("false", toggle.getAttribute("aria-expanded"));

        toggle.sendKeys(Keys.ENTER);
        waiting().until(d -> form.isDisplayed());
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement to = browser.switchTo().activeElement();
        assertEquals("to", to.getAttribute("name"));
        assertEquals("DRAFTING", to.getAttribute("value"));
        to.sendKeys(Keys.TAB);
        assertEquals("note", browser.switchTo().activeElement().getAttribute("name"));
        browser.switchTo().activeElement().sendKeys("Vi går i gang", Keys.TAB);
        WebElement save = browser.switchTo().activeElement();
        assertEquals("Move on", save.getText());
        save.sendKeys(Keys.ENTER);
        waiting().until(gone(before));

        WebElement status = section().findElement(By.cssSelector(".samraad-hearing-status"));
        assertEquals("the focus is on what changed", status, browser.switchTo().activeElement());
        assertEquals("Drafting", status.getAttribute("textContent").trim());
        waiting().until(d -> "Saved. The hearing is now at: Drafting.".equals(
                d.findElement(By.id("samraad-announcer")).getAttribute("textContent")));
        assertEquals("no reload", Boolean.TRUE,
                ((JavascriptExecutor) browser).executeScript("return window.__samraad_same_page === true;"));
        assertTrue(section().findElement(By.cssSelector(".samraad-hearing-history")).getText().contains("Vi går i gang"));
    }

    @Test
    public void aSecretaryWritesTheResponseOnItsPageAndOnceApprovedAReaderReadsItThereAsTheCouncilsRecord() {
        HttpApi.Reply created = api.postJson("member", API + "/councils/" + councilId + "/hearings",
                JsonNodeFactory.instance.objectNode().put("title", "Høring " + marker).put("deadline", "2099-12-20")
                        .toString());
        assertEquals(created.text(), 201, created.status());
        hearingId = created.json().get("id").asInt();
        int version = transition("DRAFTING", created.json().get("version").asInt());
        String page = createPage("secretary", "Høringssvar " + marker,
                "<ac:structured-macro ac:name=\"samraad-hearing\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"hearing\">" + hearingId + "</ac:parameter></ac:structured-macro>");

        WebElement form = open("samraad-hearing-response-form");
        form.findElement(By.name("response")).sendKeys("Rådet støtter planen " + marker + ".\n\nRådet ønsker en natcafé.");
        form.findElement(By.name("dissent")).sendKeys("Et medlem ønsker flere væresteder " + HOSTILE);
        form.findElement(By.name("easyRead")).sendKeys("Rådet siger ja til planen.");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(gone(form));
        assertEquals("Udkast – endnu ikke godkendt af rådet",
                waitVisible(By.cssSelector(".samraad-hearing-response .samraad-hearing-draft")).getText());
        assertNoScriptRan();

        version = api.get("secretary", API + "/hearings/" + hearingId).json().get("version").asInt();
        version = transition("COUNCIL_REVIEW", version);
        transition("APPROVED", version);

        loginAs("reader");
        browser.get(page);
        WebElement response = waitVisible(By.cssSelector(".samraad-hearing-response"));
        assertEquals("written in the council's language", "da", response.getAttribute("lang"));
        assertEquals(List.of("Rådets høringssvar", "Mindretalsudtalelser", "Lettilgængelig opsummering"),
                response.findElements(By.tagName("h3")).stream().map(WebElement::getText).toList());
        assertEquals(List.of("Rådet støtter planen " + marker + ".", "Rådet ønsker en natcafé."),
                response.findElements(By.cssSelector(".samraad-hearing-response-text")).stream()
                        .map(WebElement::getText).toList());
        assertEquals("Et medlem ønsker flere væresteder " + HOSTILE,
                response.findElement(By.cssSelector(".samraad-hearing-dissent-text")).getText());
        assertEquals("Rådet siger ja til planen.",
                response.findElement(By.cssSelector(".samraad-hearing-easy-read-text")).getText());
        assertEquals("approved: no draft mark", 0L, count(response, ".samraad-hearing-draft"));
        assertEquals(0L, count(section(), "form"));
        assertNoScriptRan();

        loginAs("secretary");
        browser.get(page);
        section();
        assertEquals("the approved response is not written in place any more", 0L,
                count(section(), "form.samraad-hearing-response-form"));
    }

    @Test
    public void minutesThatDecidedOnAHearingInDraftingAreNamedOnItsPageAndOneButtonApprovesItWithThem() {
        HttpApi.Reply created = api.postJson("member", API + "/councils/" + councilId + "/hearings",
                JsonNodeFactory.instance.objectNode().put("title", "Høring " + marker)
                        .put("deadline", "2099-12-20").toString());
        assertEquals(created.text(), 201, created.status());
        hearingId = created.json().get("id").asInt();
        HttpApi.Reply drafting = api.postJson("member", API + "/hearings/" + hearingId + "/transition",
                JsonNodeFactory.instance.objectNode().put("to", "DRAFTING").put("version", 0).toString());
        assertEquals(drafting.text(), 200, drafting.status());
        meetingId = DevHostMeetings.create(councilId, "Møde " + marker, "PLANNED",
                LocalDate.now(CouncilZone.COPENHAGEN).plusDays(3));
        HttpApi.Reply placed = api.postJson("member", API + "/hearings/" + hearingId + "/agenda-item",
                JsonNodeFactory.instance.objectNode().put("meetingId", meetingId)
                        .put("version", drafting.json().get("version").asInt()).toString());
        assertEquals(placed.text(), 200, placed.status());
        approveTheMinutesWithADecision();

        String page = createPage("member", "Høringssvar " + marker,
                "<ac:structured-macro ac:name=\"samraad-hearing\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"hearing\">" + hearingId + "</ac:parameter></ac:structured-macro>");
        assertEquals("the approval left it in drafting", "Drafting", status());
        WebElement notice = section().findElement(By.cssSelector(".samraad-hearing-minutes-pending"));
        assertTrue(notice.getText(), notice.getText().contains("approved a response, but the hearing is still in drafting"));
        WebElement button = waitVisible(By.xpath("//form[contains(@class,'samraad-hearing-to-review')]"
                + "//button[normalize-space()='Move to council review']"));
        WebElement before = section();
        button.click();
        waiting().until(gone(before));
        assertEquals("moved to review, and approved with the minutes at once", "Approved", status());
        assertEquals(0L, count(section(), ".samraad-hearing-minutes-pending"));
        assertTrue(page.contains("viewpage.action"));
    }

    @Test
    public void theAgendaFormListsOnlyUpcomingMeetingsAndIsOfferedAgainOnceTheMeetingIsCancelled() {
        HttpApi.Reply created = api.postJson("secretary", API + "/councils/" + councilId + "/hearings",
                "{\"title\":\"Høring " + marker + "\",\"deadline\":\"2099-12-20\"}");
        assertEquals(created.text(), 201, created.status());
        hearingId = created.json().get("id").asInt();
        LocalDate today = LocalDate.now(CouncilZone.COPENHAGEN);
        meeting("Forrige møde " + marker, today.minusDays(14));
        meetingId = meeting("Næste møde " + marker, today.plusDays(10));
        int later = meeting("Senere møde " + marker, today.plusDays(40));
        String page = createPage("secretary", "Høringssvar " + marker,
                "<ac:structured-macro ac:name=\"samraad-hearing\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"hearing\">" + hearingId + "</ac:parameter></ac:structured-macro>");

        WebElement agenda = open("samraad-hearing-agenda");
        assertEquals("a meeting that lies behind is not offered, even if never marked held",
                List.of(String.valueOf(meetingId), String.valueOf(later)), ours(agenda));
        new Select(agenda.findElement(By.name("meetingId"))).selectByValue(String.valueOf(meetingId));
        agenda.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(gone(agenda));
        assertTrue(waitVisible(By.cssSelector(".samraad-hearing-on-agenda")).getText().contains("On a meeting agenda"));
        assertEquals(0L, count(section(), "form.samraad-hearing-agenda"));

        int version = api.get("secretary", API + "/meetings/" + meetingId).json().get("version").asInt();
        HttpApi.Reply cancelled = api.postJson("secretary", API + "/meetings/" + meetingId + "/transition",
                "{\"to\":\"CANCELLED\",\"version\":" + version + "}");
        assertEquals(cancelled.text(), 200, cancelled.status());
        browser.get(page);
        agenda = open("samraad-hearing-agenda");
        assertEquals(0L, count(section(), ".samraad-hearing-on-agenda"));
        assertEquals(List.of(String.valueOf(later)), ours(agenda));
        new Select(agenda.findElement(By.name("meetingId"))).selectByValue(String.valueOf(later));
        agenda.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(gone(agenda));
        assertTrue(waitVisible(By.cssSelector(".samraad-hearing-on-agenda")).getText().contains("On a meeting agenda"));
    }

    private int meeting(String title, LocalDate day) {
        int id = DevHostMeetings.create(councilId, title, "PLANNED", null, day);
        extraMeetings.add(id);
        return id;
    }

    /** The meetings of this test the agenda form offers, in order. */
    private List<String> ours(WebElement form) {
        return new Select(form.findElement(By.name("meetingId"))).getOptions().stream()
                .filter(o -> o.getText().contains(marker)).map(o -> o.getAttribute("value")).toList();
    }

    private int transition(String to, int version) {
        HttpApi.Reply moved = api.postJson("member", API + "/hearings/" + hearingId + "/transition",
                JsonNodeFactory.instance.objectNode().put("to", to).put("version", version).toString());
        assertEquals(moved.text(), 200, moved.status());
        return moved.json().get("version").asInt();
    }

    private WebElement section() {
        return waitVisible(By.cssSelector("section.samraad-hearing"));
    }

    /** The status in words (the lozenge's text as written, not as its style capitalises it). */
    private String status() {
        return section().findElement(By.cssSelector(".samraad-hearing-status")).getAttribute("textContent").trim();
    }

    /** Opens a form from its button by keyboard (read first: every form waits behind its button). */
    private WebElement open(String formClass) {
        WebElement toggle = waitVisible(By.cssSelector("button.samraad-hearing-toggle[data-form='" + formClass + "']"));
        toggle.sendKeys(Keys.ENTER);
        WebElement form = waitVisible(By.cssSelector("form." + formClass));
        assertEquals("the open form's heading has the focus", form.findElement(By.tagName("h3")),
                browser.switchTo().activeElement());
        return form;
    }

    /** Through the page's workflow form; the saved move puts the section, rendered again, in its place. */
    private void move(String to) {
        WebElement form = open("samraad-hearing-move");
        new Select(form.findElement(By.name("to"))).selectByValue(to);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(gone(form));
    }

    /** The meeting's side, through the REST API as the agenda and meeting pages would: a decision, held, approved. */
    private void approveTheMinutesWithADecision() {
        JsonNode item = itemWithHearing();
        HttpApi.Reply decided = api.putJson("secretary", API + "/agenda-items/" + item.get("id").asInt(),
                JsonNodeFactory.instance.objectNode().put("title", item.get("title").asText()).put("kind", "HEARING")
                        .put("decision", "Rådet godkender høringssvaret.").put("hearingId", hearingId)
                        .put("version", item.get("version").asInt()).toString());
        assertEquals(decided.text(), 200, decided.status());
        int version = api.get("secretary", API + "/meetings/" + meetingId).json().get("version").asInt();
        for (String to : new String[] {"HELD", "MINUTES_APPROVED"}) {
            HttpApi.Reply moved = api.postJson("secretary", API + "/meetings/" + meetingId + "/transition",
                    JsonNodeFactory.instance.objectNode().put("to", to).put("version", version).put("confirm", true)
                            .toString());
            assertEquals(moved.text(), 200, moved.status());
            version = moved.json().get("version").asInt();
        }
    }

    private JsonNode itemWithHearing() {
        for (JsonNode item : api.get("secretary", API + "/meetings/" + meetingId + "/agenda").json().get("items")) {
            if (item.hasNonNull("hearingId") && item.get("hearingId").asInt() == hearingId) {
                return item;
            }
        }
        throw new AssertionError("no item for hearing " + hearingId);
    }

    private void setValue(WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, value);
    }

    private void assertNoScriptRan() {
        assertNull(((JavascriptExecutor) browser).executeScript("return window.__samraad_xss;"));
    }
}
