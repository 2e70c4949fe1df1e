package org.samraad.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.samraad.testing.Browser;
import org.samraad.testing.SharedDevHost;

/** The secretary creates a council space from the space blueprint in a real browser and lands on its home page. */
public class CouncilSpaceBrowserIT {
    private WebDriver browser;

    @Before
    public void openBrowser() {
        browser = Browser.start();
    }

    @After
    public void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    public void theSecretaryCreatesACouncilSpaceAndSeesTheCouncilOverviewOnItsHomePage() {
        String key = "BRW" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String councilName = "Udsatterådet Østby \"<test>\"";
        loginAs("secretary");

        browser.findElement(By.linkText("Create space")).click();
        browser.findElement(By.linkText("Council space")).click();
        WebElement form = browser.findElement(By.cssSelector("form.space-wizard"));
        form.findElement(By.id("samraad-space-name")).sendKeys("Udsatterådet Østby");
        form.findElement(By.id("samraad-space-key")).sendKeys(key);
        form.findElement(By.id("samraad-council-name")).sendKeys(councilName);
        new Select(form.findElement(By.id("samraad-council-kind"))).selectByValue("SOCIAL_COUNCIL");
        form.findElement(By.id("space-public")).click();
        form.findElement(By.cssSelector("button[type=submit]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/display/" + key));
        WebElement overview = browser.findElement(By.cssSelector("section.samraad-council"));
        assertEquals(councilName, overview.findElement(By.tagName("h2")).getText());
        assertEquals("Udsatterådet Østby", browser.getTitle().split(" - ")[0]);
        assertTrue("the home page keeps places for meetings, actions and hearings",
                browser.findElements(By.xpath("//main//h2[normalize-space()='Upcoming meetings' or "
                        + "normalize-space()='Open action items' or normalize-space()='Open hearings']")).size() >= 3);
    }

    /** The header's user switcher. */
    private void loginAs(String user) {
        browser.get(SharedDevHost.baseUrl() + "/");
        WebElement switcher = browser.findElement(By.id("host-user"));
        new Select(switcher).selectByValue(user);
        browser.findElement(By.xpath("//select[@id='host-user']/ancestor::form//button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(switcher));
    }
}
