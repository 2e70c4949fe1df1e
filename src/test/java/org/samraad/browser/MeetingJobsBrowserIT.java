package org.samraad.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
import org.samraad.testing.BrowserTest;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * The secretary's meeting jobs in the page, in a real browser on the dev host, without a REST call or a typed id:
 * the header's "Edit meeting" by keyboard (a field error beside its field, a change made meanwhile told, not
 * overwritten), "Delete meeting" with its confirmation, "Make the meeting page" on a planned meeting in the plan,
 * the meeting wizard offering the planned meetings, the series form's preview warning of a clash, and the plan's
 * other years with the year kept in the address. What a test plans lies in 2096 and is removed afterwards.
 */
public class MeetingJobsBrowserIT extends BrowserTest {
    private static final String API = "/rest/samraad/1.0";
    private static final String YEAR = "2096";

    private final HttpApi api = SharedDevHost.api();
    private final String marker = "j" + UUID.randomUUID().toString().substring(0, 8);
    private int councilId;

    @Before
    public void findTheDemoCouncil() {
        councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
    }

    @After
    public void removeTheYearsMeetings() {
        for (JsonNode meeting : api.get("secretary", API + "/councils/" + councilId + "/meetings?from=" + YEAR
                + "-01-01&to=" + YEAR + "-12-31&limit=100").json().get("items")) {
            api.delete("secretary", API + "/meetings/" + meeting.get("id").asInt());
        }
    }

    private JsonNode planned(String date, String title) {
        HttpApi.Reply reply = api.postJson("secretary", API + "/councils/" + councilId + "/meetings",
                JsonNodeFactory.instance.objectNode().put("kind", "ORDINARY").put("date", date).put("startTime", "17:00")
                        .put("endTime", "19:00").put("title", title).toString());
        assertEquals(reply.text(), 201, reply.status());
        return reply.json();
    }

    private String meetingPage(int meetingId) {
        return createPage("secretary", "Møde " + marker, "<ac:structured-macro ac:name=\"samraad-meeting\" "
                + "ac:schema-version=\"1\"><ac:parameter ac:name=\"meeting\">" + meetingId
                + "</ac:parameter></ac:structured-macro>");
    }

    private String planPage() {
        return createPage("secretary", "Årshjul " + marker,
                "<ac:structured-macro ac:name=\"samraad-annual-plan\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"year\">" + YEAR + "</ac:parameter></ac:structured-macro>");
    }

    @Test
    public void theSecretaryMovesTheMeetingByKeyboardAndIsToldOfAChangeMadeMeanwhile() {
        int id = planned(YEAR + "-03-10", "Rådsmøde " + marker).get("id").asInt();
        meetingPage(id);

        WebElement toggle = waitVisible(By.cssSelector(".samraad-meeting-edit-toggle"));
        assertEquals("Edit meeting", toggle.getText());
        toggle.sendKeys(Keys.ENTER);
        WebElement form = waitVisible(By.cssSelector("form.samraad-meeting-edit"));
        assertEquals("focus moves to the form's heading", "Edit the meeting", browser.switchTo().activeElement().getText());
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        WebElement end = form.findElement(By.name("endTime"));
        typeTime(end, "16:00");
        form.findElement(By.name("place")).sendKeys("Rådhuset" + Keys.ENTER);
        WebElement error = waitForText(By.id(end.getAttribute("id") + "-error"));
        assertEquals("The end time must be after the start time.", error.getText());
        assertEquals("true", end.getAttribute("aria-invalid"));
        assertEquals("the first wrong field gets focus", end, browser.switchTo().activeElement());

        typeTime(end, "19:30");
        new Select(form.findElement(By.name("kind"))).selectByValue("EXTRAORDINARY");
        setValue(form.findElement(By.name("date")), YEAR + "-03-11");
        form.findElement(By.name("openToPublic")).sendKeys(Keys.SPACE);
        form.findElement(By.cssSelector("button[type=submit]")).sendKeys(Keys.ENTER);
        waiting().until(gone(form));
        String facts = browser.findElement(By.cssSelector(".samraad-meeting-facts")).getText();
        assertTrue(facts, facts.contains("11 March " + YEAR) && facts.contains("17:00–19:30")
                && facts.contains("Rådhuset") && facts.contains("Extraordinary meeting"));
        JsonNode stored = api.get("secretary", API + "/meetings/" + id).json();
        assertEquals(1, stored.get("version").asInt());
        assertTrue(stored.get("openToPublic").asBoolean());
        assertEquals("Rådsmøde " + marker, stored.get("title").asText());

        // someone else saves between opening the form and saving it: a conflict, not an overwrite
        waitVisible(By.cssSelector(".samraad-meeting-edit-toggle")).click();
        WebElement again = waitVisible(By.cssSelector("form.samraad-meeting-edit"));
        assertEquals(200, api.putJson("member", API + "/meetings/" + id, JsonNodeFactory.instance.objectNode()
                .put("kind", "ORDINARY").put("date", YEAR + "-03-12").put("startTime", "17:00")
                .put("title", "Rådsmøde " + marker).put("version", 1).toString()).status());
        again.findElement(By.name("place")).sendKeys(", lokale 2");
        again.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement status = waitForText(By.cssSelector("form.samraad-meeting-edit .samraad-form-status"));
        assertTrue(status.getText(), status.getText().contains("Someone else saved a change"));
        assertEquals(YEAR + "-03-12T17:00:00", api.get("secretary", API + "/meetings/" + id).json().get("startsAt")
                .asText());
        again.findElement(By.name("place")).sendKeys(Keys.ESCAPE);
        waiting().until(ExpectedConditions.invisibilityOf(again));
    }

    @Test
    public void theSecretaryDeletesAMeetingAfterConfirmingAndIsLedBackToTheMeetings() {
        int id = planned(YEAR + "-04-14", "Fejlmøde " + marker).get("id").asInt();
        meetingPage(id);

        WebElement delete = waitVisible(By.cssSelector("button.samraad-meeting-delete"));
        assertEquals("Delete meeting", delete.getText());
        delete.click();
        WebElement dialog = waitVisible(By.cssSelector(".samraad-meeting-delete-confirm"));
        assertTrue(browser.switchTo().activeElement().getText().startsWith("Delete the meeting \"Fejlmøde " + marker));
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waiting().until(ExpectedConditions.invisibilityOf(dialog));
        assertEquals("focus returns to the button", delete, browser.switchTo().activeElement());
        assertEquals(200, api.get("secretary", API + "/meetings/" + id).status());

        delete.click();
        waitVisible(By.cssSelector(".samraad-meeting-delete-yes")).click();
        WebElement deleted = waitVisible(By.cssSelector(".samraad-meeting-deleted"));
        assertEquals("The meeting is deleted. Back to the meetings", deleted.getText());
        assertTrue(deleted.findElement(By.tagName("a")).getAttribute("href").endsWith("/display/UDS"));
        assertEquals(deleted, browser.switchTo().activeElement());
        assertEquals(404, api.get("secretary", API + "/meetings/" + id).status());
    }

    @Test
    public void approvedMinutesOfferNoDeleteAndAReaderGetsNoForm() {
        int id = planned(YEAR + "-05-12", "Godkendt " + marker).get("id").asInt();
        String page = meetingPage(id);
        assertEquals(1L, count(browser.findElement(By.cssSelector("section.samraad-meeting")),
                "button.samraad-meeting-delete"));
        for (String to : List.of("HELD", "MINUTES_APPROVED")) {
            int version = api.get("secretary", API + "/meetings/" + id).json().get("version").asInt();
            assertEquals(200, api.postJson("secretary", API + "/meetings/" + id + "/transition",
                    "{\"to\":\"" + to + "\",\"version\":" + version + ",\"confirm\":true}").status());
        }
        browser.get(page);
        WebElement header = waitVisible(By.cssSelector("section.samraad-meeting"));
        assertEquals(0L, count(header, "button.samraad-meeting-delete"));
        assertEquals("the facts can still be opened; the server refuses them while approved", 1L,
                count(header, "form.samraad-meeting-edit"));
        loginAs("reader");
        browser.get(page);
        assertEquals(0L, count(waitVisible(By.cssSelector("section.samraad-meeting")), "form, button"));
        int version = api.get("secretary", API + "/meetings/" + id).json().get("version").asInt();
        api.postJson("secretary", API + "/meetings/" + id + "/transition",
                "{\"to\":\"HELD\",\"version\":" + version + ",\"reason\":\"Test cleanup\"}");
    }

    @Test
    public void aPlannedMeetingGetsItsPageFromThePlanWithOneClick() {
        int id = planned(YEAR + "-06-09", "Planlagt " + marker).get("id").asInt();
        planPage();

        WebElement make = waitVisible(By.cssSelector("button.samraad-plan-make-page"));
        assertEquals("Make the meeting page for Planlagt " + marker, make.getAttribute("aria-label"));
        make.sendKeys(Keys.ENTER);
        WebElement link = waitVisible(By.linkText("Planlagt " + marker));
        assertEquals("focus moves to the new page's link", link, browser.switchTo().activeElement());
        assertEquals(0L, count(browser.findElement(By.cssSelector("section.samraad-plan")),
                "button.samraad-plan-make-page"));
        long pageId = api.get("secretary", API + "/meetings/" + id).json().get("pageId").asLong();
        assertTrue(link.getAttribute("href").endsWith("pageId=" + pageId));

        link.click();
        WebElement header = waitVisible(By.cssSelector("section.samraad-meeting"));
        assertEquals(String.valueOf(id), header.getAttribute("data-meeting-id"));
        assertEquals(1, api.get("secretary", API + "/councils/" + councilId + "/meetings?from=" + YEAR
                + "-06-09&to=" + YEAR + "-06-09").json().get("total").asInt());
    }

    @Test
    public void theMeetingWizardOffersThePlannedMeetingsAndBindsThePickedOne() {
        int id = planned(YEAR + "-09-08", "Septembermøde " + marker).get("id").asInt();
        loginAs("secretary");
        browser.get(SharedDevHost.baseUrl() + "/plugins/createcontent/wizard.action?spaceKey=UDS&itemKey=meeting-create-item");

        WebElement offered = waitVisible(By.cssSelector(".samraad-meeting-planned"));
        WebElement pick = offered.findElement(By.cssSelector("input[name=plannedMeeting][value='" + id + "']"));
        String label = browser.findElement(By.cssSelector("label[for='" + pick.getAttribute("id") + "']")).getText();
        assertTrue(label, label.contains("September") && label.contains(YEAR) && label.contains("Ordinary meeting – Septembermøde "
                + marker));
        pick.sendKeys(Keys.SPACE);
        assertEquals(YEAR + "-09-08", browser.findElement(By.name("meetingDate")).getAttribute("value"));
        assertEquals("19:00", browser.findElement(By.name("endTime")).getAttribute("value"));
        browser.findElement(By.cssSelector("form.blueprint-wizard button[type=submit]")).click();

        WebElement header = waitVisible(By.cssSelector("section.samraad-meeting"));
        assertEquals("the page is the planned meeting's", String.valueOf(id), header.getAttribute("data-meeting-id"));
        assertEquals("Septembermøde " + marker, header.findElement(By.tagName("h2")).getText());
        assertEquals("no second meeting", 1, api.get("secretary", API + "/councils/" + councilId + "/meetings?from="
                + YEAR + "-09-08&to=" + YEAR + "-09-08").json().get("total").asInt());
    }

    @Test
    public void theSeriesFormPreviewsTheDatesAndWarnsOfAClashBeforeSaving() {
        planned(YEAR + "-06-12", "Eksisterende " + marker);
        planPage();
        // the series form reads first: it opens from its button
        WebElement toggle = waitVisible(By.cssSelector("button.samraad-plan-series-toggle"));
        toggle.sendKeys(Keys.ENTER);
        WebElement form = waitVisible(By.cssSelector("form.samraad-plan-series"));
        WebElement year = form.findElement(By.name("year"));
        year.clear();
        year.sendKeys(YEAR);
        new Select(form.findElement(By.name("week"))).selectByValue("2");
        new Select(form.findElement(By.name("weekday"))).selectByValue("TUESDAY");
        for (String month : List.of("3", "6")) {
            form.findElement(By.cssSelector("input[name=months][value='" + month + "']")).click();
        }
        WebElement show = form.findElement(By.cssSelector("button.samraad-plan-series-show"));
        assertEquals("Show the dates", show.getText());
        show.sendKeys(Keys.ENTER);

        WebElement preview = waitVisible(By.cssSelector(".samraad-plan-series-preview"));
        assertEquals(preview.findElement(By.tagName("h4")), browser.switchTo().activeElement());
        assertEquals("1 meeting will be planned; 1 day already has a meeting and is skipped.",
                preview.findElement(By.cssSelector(".samraad-plan-series-summary")).getText());
        List<String> days = preview.findElements(By.tagName("li")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("13 March " + YEAR, "12 June " + YEAR + " – already has a meeting: Eksisterende "
                + marker + ". Skipped."), days);
        assertEquals("nothing saved yet", 1, api.get("secretary", API + "/councils/" + councilId + "/meetings?from="
                + YEAR + "-01-01&to=" + YEAR + "-12-31").json().get("total").asInt());

        form.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(gone(form));
        assertEquals("the clash was skipped", 2, api.get("secretary", API + "/councils/" + councilId
                + "/meetings?from=" + YEAR + "-01-01&to=" + YEAR + "-12-31").json().get("total").asInt());
    }

    @Test
    public void thePlanBrowsesToOtherYearsAndTheAddressKeepsTheYear() {
        planned("2097-02-09", "Næste år " + marker);
        try {
            String page = planPage();
            loginAs("reader");
            browser.get(page);
            WebElement next = waitVisible(By.cssSelector("a.samraad-plan-year-next"));
            assertEquals("Next year: 2097", next.getText());
            next.sendKeys(Keys.ENTER);
            waiting().until(d -> "2097".equals(shownYear()));
            assertTrue(browser.getCurrentUrl().contains("planYear=2097"));
            WebElement plan = browser.findElement(By.cssSelector("section.samraad-plan"));
            assertEquals(plan.findElement(By.tagName("h2")), browser.switchTo().activeElement());
            assertTrue(plan.getText(), plan.getText().contains("Næste år " + marker));

            // the address is shareable: opened as it is, the page shows that year
            String shared = browser.getCurrentUrl();
            browser.get(SharedDevHost.baseUrl() + "/");
            browser.get(shared);
            waiting().until(d -> "2097".equals(shownYear()));
            waitVisible(By.cssSelector("a.samraad-plan-year-previous")).click();
            waiting().until(d -> YEAR.equals(shownYear()));
            assertTrue(browser.getCurrentUrl().contains("planYear=" + YEAR));
        } finally {
            for (JsonNode meeting : api.get("secretary", API + "/councils/" + councilId
                    + "/meetings?from=2097-02-09&to=2097-02-09").json().get("items")) {
                if (meeting.get("title").asText().endsWith(marker)) {
                    api.delete("secretary", API + "/meetings/" + meeting.get("id").asInt());
                }
            }
        }
    }

    /** The year the plan shows now, read in the page (the section is replaced when another year is shown). */
    private String shownYear() {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "var plan = document.querySelector('section.samraad-plan');"
                        + " return plan && plan.getAttribute('data-year');");
    }

    private void setValue(WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, value);
    }

    private void typeTime(WebElement input, String value) {
        setValue(input, value);
    }
}
