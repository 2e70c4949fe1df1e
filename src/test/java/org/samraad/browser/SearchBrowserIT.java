package org.samraad.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.samraad.testing.BrowserTest;
import org.samraad.testing.HttpApi;
import org.samraad.testing.MeetingPages;
import org.samraad.testing.MeetingPages.MeetingPage;
import org.samraad.testing.SharedDevHost;

/**
 * A reader looks for a meeting by what is on its agenda: types a word from an agenda item into the header's search,
 * gets the meeting page in the results with the words around it, opens it and finds the item there. A closed item's
 * word finds nothing.
 */
public class SearchBrowserIT extends BrowserTest {
    private static final String API = "/rest/samraad/1.0";

    private final HttpApi api = SharedDevHost.api();
    private MeetingPage meeting;

    @Before
    public void publishAMeetingAgenda() {
        int councilId = api.get(null, API + "/councils?spaceKey=UDS").json().get("items").get(0).get("id").asInt();
        meeting = MeetingPages.plan(api, councilId, "Søgbart møde " + System.nanoTime());
    }

    @After
    public void removeTheMeeting() {
        MeetingPages.remove(api, meeting);
    }

    @Test
    public void aReaderFindsAMeetingPageByAnAgendaItemAndOpensIt() {
        String word = MeetingPages.word("varmestue");
        String closedWord = MeetingPages.word("lukket");
        MeetingPages.add(api, meeting, MeetingPages.item("Ny " + word + " i Nordby"));
        MeetingPages.add(api, meeting, MeetingPages.item("Sag om " + closedWord).put("closed", true));
        MeetingPages.publishAgenda(api, meeting);
        loginAs("reader");

        search(word);
        assertEquals("1 result for “" + word + "”", browser.findElement(By.cssSelector(".search-results-count")).getText());
        WebElement result = browser.findElement(By.cssSelector(".search-results .search-result-link"));
        assertTrue(browser.findElement(By.cssSelector(".search-results .highlights")).getText().contains(word));
        result.click();

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("viewpage.action"));
        assertTrue(browser.getCurrentUrl().endsWith("pageId=" + meeting.pageId()));
        assertTrue(browser.findElement(By.id("main-content")).getText().contains("Ny " + word + " i Nordby"));

        search(closedWord);
        assertEquals("0 results for “" + closedWord + "”",
                browser.findElement(By.cssSelector(".search-results-count")).getText());
        assertTrue("no result for a closed item's word",
                browser.findElements(By.cssSelector(".search-results li")).isEmpty());
    }

    private void search(String words) {
        WebElement box = browser.findElement(By.id("quick-search-query"));
        box.sendKeys(words, Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("dosearchsite.action")
                && !d.findElements(By.cssSelector(".search-results-count")).isEmpty()
                && d.findElement(By.id("search-query")).getAttribute("value").equals(words));
    }
}
