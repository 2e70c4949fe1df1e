package org.samraad.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
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

/** The secretary creates a council space from the space blueprint in a real browser and sets the council up. */
public class CouncilSpaceBrowserIT extends BrowserTest {

    @Test
    public void theSecretaryCreatesACouncilSpaceAndSeesTheCouncilOverviewOnItsHomePage() {
        String key = newSpaceKey();
        String councilName = "Udsatterådet Østby \"<test>\"";
        loginAs("secretary");

        createCouncilSpace("Udsatterådet Østby", key, councilName, "SOCIAL_COUNCIL");

        WebElement overview = browser.findElement(By.cssSelector("section.samraad-council"));
        assertEquals(councilName, overview.findElement(By.tagName("h2")).getText());
        assertEquals("Udsatterådet Østby", browser.getTitle().split(" - ")[0]);
        assertTrue("the home page keeps places for meetings, actions and hearings",
                browser.findElements(By.xpath("//main//h2[normalize-space()='Upcoming meetings' or "
                        + "normalize-space()='Open action items' or normalize-space()='Open hearings']")).size() >= 3);
    }

    /** Issue 3's journey: from a new council space to a complete composition, and what the public then sees. */
    @Test
    public void theSecretaryFillsANewCouncilUntilItIsCompleteAndTheAnonymousPublicSeesNoPrivateData() {
        String key = newSpaceKey();
        loginAs("secretary");
        createCouncilSpace("Dialogforum Vestby", key, "Dialogforum Vestby", "DIALOGUE_FORUM");
        assertEquals("false", compositionStatus().getAttribute("data-complete"));

        addSeat("USER", "Brugerrepræsentanter", 2);
        assertEquals("false", compositionStatus().getAttribute("data-complete"));
        addMember("Birgit Bruger", null, "Brugerrepræsentanter", true, "birgit@vestby.example");
        assertANameNotPickedIsAFieldError("nobody-by-this-name");
        addMember(null, "reader", "Brugerrepræsentanter", false, "rita@vestby.example");

        WebElement status = compositionStatus();
        assertEquals("true", status.getAttribute("data-complete"));
        assertTrue(status.getText(), status.getText().startsWith("Complete"));
        assertTrue(members().getText().contains("rita@vestby.example"));

        loginAs("");
        browser.get(SharedDevHost.baseUrl() + "/display/" + key);
        String seenByThePublic = members().getText();
        assertTrue(seenByThePublic.contains("Birgit Bruger"));
        assertTrue(seenByThePublic.contains("Member (name not published)"));
        assertFalse(seenByThePublic.contains("Rita"));
        assertFalse(seenByThePublic.contains("@vestby.example"));
        assertTrue(members().findElements(By.cssSelector("a[href^='mailto:']")).isEmpty());
        assertTrue(members().findElements(By.cssSelector("button.samraad-member-add")).stream().noneMatch(WebElement::isDisplayed));
    }

    private void createCouncilSpace(String spaceName, String key, String councilName, String kind) {
        browser.get(SharedDevHost.baseUrl() + "/");
        browser.findElement(By.linkText("Create space")).click();
        browser.findElement(By.linkText("Council space")).click();
        WebElement form = browser.findElement(By.cssSelector("form.space-wizard"));
        form.findElement(By.id("samraad-space-name")).sendKeys(spaceName);
        form.findElement(By.id("samraad-space-key")).sendKeys(key);
        form.findElement(By.id("samraad-council-name")).sendKeys(councilName);
        new Select(form.findElement(By.id("samraad-council-kind"))).selectByValue(kind);
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

    /** The demo user reader (Rita Læser) has an account; she does not consent to her name being published. */
    private void addMember(String name, String username, String seat, boolean consent, String email) {
        members().findElement(By.cssSelector("button.samraad-member-add")).click();
        WebElement form = waitVisible(By.cssSelector("form.samraad-member-form"));
        if (name != null) {
            form.findElement(By.name("name")).sendKeys(name);
        }
        if (username != null) {
            Pickers.pickUser(browser, form.findElement(By.name("user")), username);
        }
        new Select(form.findElement(By.name("seatId"))).selectByVisibleText(seat);
        if (consent) {
            form.findElement(By.name("publishConsent")).click();
        }
        form.findElement(By.name("email")).sendKeys(email);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(gone(form));
    }

    private void assertANameNotPickedIsAFieldError(String username) {
        members().findElement(By.cssSelector("button.samraad-member-add")).click();
        WebElement form = waitVisible(By.cssSelector("form.samraad-member-form"));
        WebElement field = form.findElement(By.name("user"));
        field.sendKeys(username);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement error = waitForText(By.id(field.getAttribute("id") + "-error"));
        assertEquals("Pick the person from the list that opens as you type part of the name.", error.getText());
        assertEquals("true", field.getAttribute("aria-invalid"));
        browser.navigate().refresh();
    }

    private WebElement members() {
        return browser.findElement(By.cssSelector("section.samraad-members"));
    }

    private WebElement compositionStatus() {
        return members().findElement(By.cssSelector(".samraad-composition-status"));
    }

    private static String newSpaceKey() {
        return "BRW" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }
}
