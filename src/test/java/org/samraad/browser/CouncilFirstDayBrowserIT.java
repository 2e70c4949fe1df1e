package org.samraad.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.samraad.testing.BrowserTest;
import org.samraad.testing.SharedDevHost;

/**
 * Issue 15.8 in a real browser: a council space made from its wizard opens on a home page with the real macros and
 * the getting-started checklist; the checklist's links lead to where each job is done on the page, and it ticks
 * itself off as the secretary adds a seat and a member. The public sees no checklist.
 */
public class CouncilFirstDayBrowserIT extends BrowserTest {

    @Test
    public void aNewCouncilsHomeShowsTheChecklistTickingOffAfterASeatAndAMember() {
        String key = "FDY" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        loginAs("secretary");
        createCouncilSpace("Rådet Førstedag", key, "Rådet Førstedag");

        WebElement checklist = waitVisible(By.cssSelector("section.samraad-getting-started"));
        assertTrue(checklist.getText(), checklist.getText().contains("0 of 4 done"));
        assertTrue("the real macros on the home page",
                !browser.findElements(By.cssSelector("section.samraad-members")).isEmpty()
                        && !browser.findElements(By.cssSelector("section.samraad-plan")).isEmpty()
                        && !browser.findElements(By.cssSelector(".samraad-actions, section.samraad-actions")).isEmpty()
                        && !browser.findElements(By.cssSelector(".samraad-hearings, section.samraad-hearings")).isEmpty());
        WebElement seatsLink = checklist.findElement(By.linkText("Set up the council’s seats"));
        assertEquals(1, browser.findElements(By.id(seatsLink.getAttribute("href").replaceAll(".*#", ""))).size());
        assertEquals(1, browser.findElements(By.id("samraad-new-member")).size());
        assertEquals(1, browser.findElements(By.id("samraad-plan-the-year")).size());

        addSeat("USER", "Brugerrepræsentanter", 2);
        checklist = waitVisible(By.cssSelector("section.samraad-getting-started"));
        assertTrue(checklist.getText(), checklist.getText().contains("1 of 4 done"));
        assertTrue(checklist.getText(), checklist.getText().contains("Set up the council’s seats (done)"));

        addMember("Birgit Bruger", "Brugerrepræsentanter");
        checklist = waitVisible(By.cssSelector("section.samraad-getting-started"));
        assertTrue(checklist.getText(), checklist.getText().contains("2 of 4 done"));
        assertTrue(checklist.getText(), checklist.getText().contains("Add the members (done)"));
        assertTrue(checklist.getText(), checklist.getText().contains("Plan the year"));

        loginAs("");
        browser.get(SharedDevHost.baseUrl() + "/display/" + key);
        waitVisible(By.cssSelector("section.samraad-members"));
        assertTrue("the public sees no checklist",
                browser.findElements(By.cssSelector("section.samraad-getting-started")).isEmpty());
    }

    private void createCouncilSpace(String spaceName, String key, String councilName) {
        browser.get(SharedDevHost.baseUrl() + "/");
        browser.findElement(By.linkText("Create space")).click();
        browser.findElement(By.linkText("Council space")).click();
        WebElement form = browser.findElement(By.cssSelector("form.space-wizard"));
        form.findElement(By.id("samraad-space-name")).sendKeys(spaceName);
        form.findElement(By.id("samraad-space-key")).sendKeys(key);
        form.findElement(By.id("samraad-council-name")).sendKeys(councilName);
        new Select(form.findElement(By.id("samraad-council-kind"))).selectByValue("SOCIAL_COUNCIL");
        form.findElement(By.id("space-public")).click();
        form.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/display/" + key));
    }

    private void addSeat(String group, String label, int required) {
        members().findElement(By.cssSelector("button.samraad-seat-add")).click();
        WebElement form = waitVisible(By.cssSelector("form.samraad-seat-form"));
        new Select(form.findElement(By.name("group"))).selectByValue(group);
        WebElement count = form.findElement(By.name("requiredCount"));
        count.clear();
        count.sendKeys(String.valueOf(required));
        form.findElement(By.name("label")).sendKeys(label);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(gone(form));
    }

    private void addMember(String name, String seat) {
        members().findElement(By.cssSelector("button.samraad-member-add")).click();
        WebElement form = waitVisible(By.cssSelector("form.samraad-member-form"));
        form.findElement(By.name("name")).sendKeys(name);
        new Select(form.findElement(By.name("seatId"))).selectByVisibleText(seat);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(gone(form));
    }

    private WebElement members() {
        return browser.findElement(By.cssSelector("section.samraad-members"));
    }
}
