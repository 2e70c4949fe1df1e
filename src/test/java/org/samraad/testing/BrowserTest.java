package org.samraad.testing;

import java.time.Duration;
import org.junit.After;
import org.junit.Before;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Base of the browser tests: a fresh headless Chromium per test against the shared dev host, and the usual waits. */
public abstract class BrowserTest {
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    protected WebDriver browser;

    @Before
    public final void startBrowser() {
        browser = Browser.start();
    }

    @After
    public final void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** The dev host's header user switcher; null or "" is anonymous. */
    protected void loginAs(String user) {
        browser.get(SharedDevHost.baseUrl() + "/");
        WebElement switcher = browser.findElement(By.id("host-user"));
        new Select(switcher).selectByValue(user == null ? "" : user);
        browser.findElement(By.xpath("//select[@id='host-user']/ancestor::form//button")).click();
        // the switch posts and redirects; a navigation started before it lands would be overtaken by it
        new WebDriverWait(browser, PATIENCE).until(d -> isGone(switcher));
    }

    /**
     * {@link ExpectedConditions#stalenessOf} that also accepts ChromeDriver's "does not belong to the document" for a
     * node of a page that was replaced; wait for a reload with this.
     */
    public static ExpectedCondition<Boolean> gone(WebElement element) {
        return driver -> isGone(element);
    }

    /**
     * Whether the page that held {@code element} has been replaced. ChromeDriver sometimes reports a detached node
     * as "does not belong to the document" instead of a stale reference; both mean the navigation happened.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Creates a page in the demo space UDS as {@code user}, through the dev host's storage-format editor; its view URL. */
    protected String createPage(String user, String title, String storageFormat) {
        loginAs(user);
        browser.get(SharedDevHost.baseUrl() + "/pages/createpage.action?spaceKey=UDS");
        browser.findElement(By.id("content-title")).sendKeys(title);
        WebElement body = browser.findElement(By.id("content-body"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", body, storageFormat);
        browser.findElement(By.cssSelector("form.host-editor button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("viewpage.action"));
        return browser.getCurrentUrl();
    }

    protected WebDriverWait waiting() {
        return new WebDriverWait(browser, PATIENCE);
    }

    protected WebElement waitVisible(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    protected WebElement waitForText(By by) {
        return waiting().until(d -> {
            WebElement element = d.findElement(by);
            return element.getText().isBlank() ? null : element;
        });
    }

    /** Counted in the page, not with findElements, whose implicit wait would stall on every absent element. */
    protected long count(WebElement scope, String css) {
        return (Long) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].querySelectorAll(arguments[1]).length;", scope, css);
    }
}
