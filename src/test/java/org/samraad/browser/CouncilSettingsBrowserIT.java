package org.samraad.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.After;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.samraad.testing.BrowserTest;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * A Swedish secretary sets up a council space from its wizard and keeps the council's settings in the page, in a
 * real browser: no REST call, no typed id, no user key. The REST API is asked only to check what was stored.
 */
public class CouncilSettingsBrowserIT extends BrowserTest {
    private static final String COUNCILS = "/rest/samraad/1.0/councils";
    private final HttpApi api = SharedDevHost.api();

    @After
    public void backToEnglish() {
        speak("en");
    }

    @Test
    public void aSwedishSecretaryCreatesASwedishCouncilFromTheWizardAndChangesItsSettingsInThePage() {
        String key = "SVE" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        loginAs("secretary");
        speak("sv");

        browser.get(SharedDevHost.baseUrl() + "/spaces/createspace-start.action?itemKey=council-space-create-item");
        WebElement wizard = browser.findElement(By.cssSelector("form.space-wizard"));
        Select language = new Select(wizard.findElement(By.id("samraad-council-locale")));
        assertEquals("Det språk jag använder Confluence på", language.getFirstSelectedOption().getText());
        wizard.findElement(By.id("samraad-space-name")).sendKeys("Gemensam utvecklingsgrupp Norrby");
        wizard.findElement(By.id("samraad-space-key")).sendKeys(key);
        wizard.findElement(By.id("samraad-council-name")).sendKeys("GUG Norrby");
        new Select(wizard.findElement(By.id("samraad-council-kind"))).selectByValue("DEVELOPMENT_GROUP");
        wizard.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("/display/" + key));

        JsonNode council = api.get("secretary", COUNCILS + "?spaceKey=" + key).json().get("items").get(0);
        assertEquals("a Swedish group is created Swedish", "sv", council.get("locale").asText());
        JsonNode meeting = api.postJson("secretary", COUNCILS + "/" + council.get("id").asInt() + "/meetings",
                "{\"kind\":\"ORDINARY\",\"date\":\"2099-03-12\",\"startTime\":\"17:00\",\"endTime\":\"19:00\"}").json();
        assertEquals("GUG Norrby – möte 12 mars 2099", meeting.get("title").asText());

        KeyboardSteps keys = new KeyboardSteps(browser);
        keys.markPage();
        WebElement toggle = browser.findElement(By.cssSelector("button.samraad-council-settings-toggle"));
        assertEquals("Rådets inställningar", toggle.getText());
        keys.tabTo(toggle);
        keys.press(Keys.ENTER);
        WebElement settings = waitVisible(By.cssSelector("form.samraad-council-settings"));
        WebElement form = settings;
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        keys.assertFocused("the form's heading takes the focus", form.findElement(By.tagName("h3")));
        assertEquals("one primary button", 1L, count(form, ".aui-button-primary"));
        Axe.assertNoFindings(browser, "the council settings open");
        keys.press(Keys.ESCAPE);
        waiting().until(d -> !settings.isDisplayed());
        keys.assertFocused("Escape closes the settings, the focus back on their button", toggle);
        keys.press(Keys.ENTER);
        waitVisible(By.cssSelector("form.samraad-council-settings"));
        assertEquals("Svenska", new Select(form.findElement(By.name("locale"))).getFirstSelectedOption().getText());
        keys.choose(form.findElement(By.name("minutesTerm")), "NOTES");
        WebElement requestDays = form.findElement(By.name("requestDays"));
        keys.tabTo(requestDays);
        keys.replaceText("91");
        WebElement hearingDays = form.findElement(By.name("hearingReminderDays"));
        keys.tabTo(hearingDays);
        keys.replaceText("10, 3");
        keys.tabTo(form.findElement(By.cssSelector("button[type=submit]")));
        keys.press(Keys.ENTER);

        WebElement error = waitForText(By.id(requestDays.getAttribute("id") + "-error"));
        assertEquals("Ange ett helt antal dagar från 0 till 90.", error.getText());
        assertEquals("true", requestDays.getAttribute("aria-invalid"));
        assertEquals(requestDays, browser.switchTo().activeElement());
        keys.replaceText("12");
        keys.tabTo(form.findElement(By.cssSelector("button[type=submit]")));
        keys.press(Keys.ENTER);
        waiting().until(gone(form));
        keys.assertAnnounced("Rådets inställningar är sparade.");
        WebElement name = keys.waitForFocusOn("section.samraad-council h2");
        assertEquals("GUG Norrby", name.getText());
        keys.assertNotReloaded();

        keys.tabTo(browser.findElement(By.cssSelector("button.samraad-council-settings-toggle")));
        keys.press(Keys.ENTER);
        WebElement changed = waitVisible(By.cssSelector("form.samraad-council-settings"));
        form = changed;
        assertEquals("12", form.findElement(By.name("requestDays")).getAttribute("value"));
        assertEquals("10, 3", form.findElement(By.name("hearingReminderDays")).getAttribute("value"));
        assertEquals("NOTES", new Select(form.findElement(By.name("minutesTerm"))).getFirstSelectedOption()
                .getAttribute("value"));
        JsonNode stored = api.get("secretary", COUNCILS + "/" + council.get("id").asInt()).json();
        assertEquals("NOTES", stored.get("minutesTerm").asText());
        assertEquals(12, stored.get("requestDays").asInt());
        assertEquals("[10,3]", stored.get("hearingReminderDays").toString());
    }

    @Test
    public void aChangeSavedMeanwhileIsAConflictTheSecretaryIsToldAboutNotOverwritten() {
        String key = "CNF" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        loginAs("secretary");
        browser.get(SharedDevHost.baseUrl() + "/spaces/createspace-start.action?itemKey=council-space-create-item");
        WebElement wizard = browser.findElement(By.cssSelector("form.space-wizard"));
        new Select(wizard.findElement(By.id("samraad-council-locale"))).selectByValue("da");
        wizard.findElement(By.id("samraad-space-name")).sendKeys("Rådet i Sønderby");
        wizard.findElement(By.id("samraad-space-key")).sendKeys(key);
        wizard.findElement(By.id("samraad-council-name")).sendKeys("Rådet i Sønderby");
        wizard.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("/display/" + key));
        JsonNode council = api.get("secretary", COUNCILS + "?spaceKey=" + key).json().get("items").get(0);
        assertEquals("da", council.get("locale").asText());

        browser.findElement(By.cssSelector("button.samraad-council-settings-toggle")).click();
        WebElement form = waitVisible(By.cssSelector("form.samraad-council-settings"));
        assertEquals(200, api.putJson("secretary", COUNCILS + "/" + council.get("id").asInt(),
                "{\"name\":\"Rådet i Sønderby\",\"kind\":\"SOCIAL_COUNCIL\",\"minutesDays\":20,\"version\":0}").status());
        WebElement name = form.findElement(By.name("name"));
        name.clear();
        name.sendKeys("Sønderby Udsatteråd");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement status = waitForText(By.cssSelector("form.samraad-council-settings .samraad-form-status"));
        assertTrue(status.getText(), status.getText().contains("Someone else saved a change"));
        assertEquals("Rådet i Sønderby", api.get("secretary", COUNCILS + "/" + council.get("id").asInt()).json()
                .get("name").asText());
    }

    @Test
    public void spaceEditorsAndReadersGetNoSettings() {
        loginAs("member");
        browser.get(SharedDevHost.baseUrl() + "/display/UDS");
        WebElement overview = browser.findElement(By.cssSelector("section.samraad-council"));
        assertEquals(0, count(overview, ".samraad-council-settings-toggle, form.samraad-council-settings"));
        loginAs("secretary");
        browser.get(SharedDevHost.baseUrl() + "/display/UDS");
        assertTrue(browser.findElement(By.cssSelector("button.samraad-council-settings-toggle")).isDisplayed());
        assertFalse(browser.findElement(By.cssSelector("form.samraad-council-settings")).isDisplayed());
    }

    /** The dev host's header language switcher. */
    private void speak(String language) {
        browser.get(SharedDevHost.baseUrl() + "/");
        WebElement switcher = browser.findElement(By.id("host-locale"));
        new Select(switcher).selectByValue(language);
        browser.findElement(By.xpath("//select[@id='host-locale']/ancestor::form//button")).click();
        waiting().until(gone(switcher));
    }
}
