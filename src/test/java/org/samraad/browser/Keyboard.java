package org.samraad.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.samraad.testing.BrowserTest;

/** What a keyboard user does in the browser tests: Tab to a control by its text, and see what has the focus. */
final class Keyboard {
    private static final int MOST_TABS = 150;

    private Keyboard() {}

    /** Presses Tab from where the focus is until a control with this text has it. */
    static WebElement tabTo(WebDriver browser, String text) {
        for (int i = 0; i < MOST_TABS; i++) {
            if (text.equals(focused(browser).getText().trim())) {
                return focused(browser);
            }
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("no control \"" + text + "\" within " + MOST_TABS + " Tab presses");
    }

    static WebElement focused(WebDriver browser) {
        return browser.switchTo().activeElement();
    }

    /**
     * After a step of the meeting the header changes in place and its result offers to reload the page, where the
     * agenda then shows the step: the secretary follows that link (Enter) when it is there.
     */
    static void reloadAsTheHeaderOffers(WebDriver browser) {
        List<WebElement> reload = browser.findElements(By.cssSelector("section.samraad-meeting .samraad-meeting-reload"));
        if (!reload.isEmpty()) {
            WebElement header = browser.findElement(By.cssSelector("section.samraad-meeting"));
            reload.get(0).sendKeys(Keys.ENTER);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(BrowserTest.gone(header));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.samraad-meeting")));
        }
    }
}
