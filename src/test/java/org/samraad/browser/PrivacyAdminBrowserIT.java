package org.samraad.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.samraad.testing.BrowserTest;
import org.samraad.testing.HttpApi;
import org.samraad.testing.SharedDevHost;

/**
 * A Confluence administrator sets how long Samråd keeps former members from Confluence administration, in a real
 * browser, with no REST call: dashboard, Administration, the plugin's link, the form.
 */
public class PrivacyAdminBrowserIT extends BrowserTest {
    private static final String SETTINGS = "/rest/samraad/1.0/privacy/settings";
    private final HttpApi api = SharedDevHost.api();
    private int before;

    @Before
    public void rememberThePeriod() {
        before = api.get("admin", SETTINGS).json().get("anonymiseAfterDays").asInt();
    }

    @After
    public void restoreIt() {
        assertEquals(200, api.putJson("admin", SETTINGS, "{\"anonymiseAfterDays\":" + before + "}").status());
    }

    @Test
    public void anAdministratorChangesTheAnonymisationPeriodInConfluenceAdministration() {
        loginAs("admin");
        browser.findElement(By.linkText("Administration")).click();
        browser.findElement(By.linkText("Samråd: privacy")).click();

        WebElement form = waitVisible(By.cssSelector("form.samraad-privacy-settings"));
        WebElement days = form.findElement(By.name("anonymiseAfterDays"));
        assertEquals(String.valueOf(before), days.getAttribute("value"));
        days.clear();
        days.sendKeys("10");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement error = waitForText(By.id("samraad-anonymise-after-days-error"));
        assertTrue(error.getText(), error.getText().startsWith("Choose between 30 and "));
        assertEquals("true", days.getAttribute("aria-invalid"));
        assertEquals(days, browser.switchTo().activeElement());

        days.clear();
        days.sendKeys("400");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        assertEquals("Saved.", waitForText(By.cssSelector(".samraad-privacy-saved")).getText());
        assertEquals("", browser.findElement(By.id("samraad-anonymise-after-days-error")).getText());

        browser.navigate().refresh();
        assertEquals("400", waitVisible(By.name("anonymiseAfterDays")).getAttribute("value"));
        assertEquals(400, api.get("admin", SETTINGS).json().get("anonymiseAfterDays").asInt());
    }

    @Test
    public void aSpaceAdministratorFindsNoAdministrationAndIsRefusedThePage() {
        loginAs("secretary");
        assertEquals(0, browser.findElements(By.linkText("Administration")).size());
        browser.get(SharedDevHost.baseUrl() + "/plugins/servlet/samraad/privacy");
        assertTrue(browser.findElement(By.cssSelector(".samraad-privacy-refused")).getText()
                .startsWith("Only Confluence administrators can change"));
        assertEquals(0, browser.findElements(By.cssSelector("form.samraad-privacy-settings")).size());
    }
}
