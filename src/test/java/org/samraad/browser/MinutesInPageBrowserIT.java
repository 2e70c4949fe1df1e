package org.samraad.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.samraad.testing.BrowserTest;
import org.samraad.testing.HttpApi;
import org.samraad.testing.MeetingPages;
import org.samraad.testing.MeetingPages.MeetingPage;
import org.samraad.testing.SharedDevHost;

/**
 * What a person sees once the secretary approves the minutes in a real browser: the decision is in the page's
 * latest version (its history names the approval), a reader finds it with Confluence's search and reads it in the
 * page and in its PDF export, and no closed item's words reach a reader anywhere; the secretary's own export shows
 * the closed item through the closed-items macro.
 */
public class MinutesInPageBrowserIT extends BrowserTest {
    private static final String API = "/rest/samraad/1.0";

    private final HttpApi api = SharedDevHost.api();
    private MeetingPage meeting;

    @Before
    public void planAMeetingWithAnOpenAndAClosedDecision() {
        int councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
        String title = "Browserreferat " + System.nanoTime();
        // the meeting blueprint's page: the header with its steps, and the live macros
        long page = SharedDevHost.host().createPage("UDS", title, """
                <ac:structured-macro ac:name="samraad-meeting" ac:schema-version="1"/>
                <ac:structured-macro ac:name="samraad-agenda-requests" ac:schema-version="1"/>
                <ac:structured-macro ac:name="samraad-agenda" ac:schema-version="1"><ac:parameter ac:name="view">auto</ac:parameter></ac:structured-macro>
                <ac:structured-macro ac:name="samraad-attendance" ac:schema-version="1"/>
                """);
        HttpApi.Reply planned = api.postJson("secretary", API + "/councils/" + councilId + "/meetings",
                "{\"kind\":\"ORDINARY\",\"date\":\"2098-03-12\",\"startTime\":\"17:00\",\"pageId\":" + page + "}");
        assertEquals(planned.text(), 201, planned.status());
        meeting = new MeetingPage(page, planned.json().get("id").asInt(), planned.json().get("version").asInt());
    }

    @After
    public void removeTheMeeting() {
        int version = api.get("secretary", API + "/meetings/" + meeting.meetingId()).json().get("version").asInt();
        api.postJson("secretary", API + "/meetings/" + meeting.meetingId() + "/transition",
                "{\"to\":\"HELD\",\"version\":" + version + ",\"reason\":\"Test cleanup\"}");
        MeetingPages.remove(api, meeting);
    }

    @Test
    public void theSecretaryApprovesAndAReaderFindsTheDecisionInThePageItsSearchAndItsPdfButNoClosedItem() {
        String decision = MeetingPages.word("vinterhjaelp");
        String closed = MeetingPages.word("fortrolig");
        MeetingPages.add(api, meeting, MeetingPages.item("Vinterhjælp").put("kind", "DECISION")
                .put("decision", "Rådet bevilger " + decision));
        MeetingPages.add(api, meeting, MeetingPages.item("Sag " + closed).put("kind", "DECISION").put("closed", true)
                .put("decision", "Afgjort " + closed));
        MeetingPages.publishAgenda(api, meeting);
        String page = SharedDevHost.baseUrl() + "/pages/viewpage.action?pageId=" + meeting.pageId();

        loginAs("secretary");
        browser.get(page);
        step("HELD");
        step("MINUTES_APPROVED");

        browser.get(SharedDevHost.baseUrl() + "/pages/viewpreviouspageversions.action?pageId=" + meeting.pageId());
        String history = browser.findElement(By.tagName("body")).getText();
        assertTrue(history, history.contains("Current version (v. 2)"));
        browser.get(page);
        assertTrue("the secretary sees the closed item through the closed-items macro",
                main().contains("Afgjort " + closed));

        loginAs("reader");
        browser.get(SharedDevHost.baseUrl() + "/dosearchsite.action?queryString="
                + URLEncoder.encode(decision, StandardCharsets.UTF_8));
        WebElement hit = waitVisible(By.cssSelector(".search-results .search-result-link"));
        assertEquals(1, browser.findElements(By.cssSelector(".search-results li")).size());
        hit.click();
        waiting().until(ExpectedConditions.urlContains("pageId=" + meeting.pageId()));
        String read = main();
        assertTrue(read, read.contains("Rådet bevilger " + decision));
        assertFalse(read, read.contains(closed));

        browser.get(page + "&outputType=pdf");
        String pdf = main();
        assertTrue(pdf, pdf.contains("Rådet bevilger " + decision));
        assertFalse(pdf, pdf.contains(closed));

        browser.get(SharedDevHost.baseUrl() + "/dosearchsite.action?queryString="
                + URLEncoder.encode(closed, StandardCharsets.UTF_8));
        assertEquals(0, browser.findElements(By.cssSelector(".search-results li")).size());
    }

    /** Takes a lifecycle step with the header's button, confirming when the server asks; the page reloads. */
    private void step(String to) {
        WebElement before = browser.findElement(By.cssSelector("section.samraad-meeting"));
        waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("section.samraad-meeting button[data-to='" + to + "']"))).click();
        waiting().until(d -> !d.findElements(By.cssSelector(".samraad-meeting-confirm-yes")).stream()
                .filter(WebElement::isDisplayed).toList().isEmpty() || isReplaced(before));
        browser.findElements(By.cssSelector(".samraad-meeting-confirm-yes")).stream().filter(WebElement::isDisplayed)
                .findFirst().ifPresent(WebElement::click);
        waiting().until(gone(before));
        assertEquals(to, browser.findElement(By.cssSelector("section.samraad-meeting")).getAttribute("data-status"));
    }

    private boolean isReplaced(WebElement element) {
        return gone(element).apply(browser);
    }

    private String main() {
        return browser.findElement(By.id("main-content")).getText();
    }
}
