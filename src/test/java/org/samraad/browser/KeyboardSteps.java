package org.samraad.browser;

import static org.junit.Assert.assertEquals;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person using the keyboard alone: Tab to a control, type, Enter, Escape, and what they are told. No clicks, no
 * focus set by script; the page is asked only what has the focus, what the live region says and whether it reloaded.
 */
final class KeyboardSteps {
    private static final int MOST_TABS = 400;
    private final WebDriver browser;

    KeyboardSteps(WebDriver browser) {
        this.browser = browser;
    }

    /** Presses Tab until {@code target} has the focus; fails when it is not reached in the page's tab order. */
    void tabTo(WebElement target) {
        for (int i = 0; i < MOST_TABS; i++) {
            if (target.equals(focused())) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Tab never reaches " + target.getTagName() + " " + target.getText());
    }

    /** Tabs to a select and moves through its options with the arrow keys until {@code value} is chosen. */
    void choose(WebElement select, String value) {
        tabTo(select);
        for (int i = 0; i < 50 && !value.equals(select.getAttribute("value")); i++) {
            press(Keys.ARROW_DOWN);
        }
        assertEquals("chosen with the arrow keys", value, select.getAttribute("value"));
    }

    void press(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    /** Types into whatever has the focus, after selecting what it holds (as a person replacing a value does). */
    void replaceText(String text) {
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE).perform();
        press(text);
    }

    WebElement focused() {
        return browser.switchTo().activeElement();
    }

    void assertFocused(String what, WebElement expected) {
        assertEquals(what, expected, focused());
    }

    /** Waits until the focus is on an element matching {@code css}, and returns it. */
    WebElement waitForFocusOn(String css) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            WebElement active = focused();
            return active != null && Boolean.TRUE.equals(((JavascriptExecutor) d)
                    .executeScript("return arguments[0].matches(arguments[1]);", active, css)) ? active : null;
        });
    }

    /** Waits until the page's live region (#samraad-announcer) says exactly {@code message}. */
    void assertAnnounced(String message) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> message.equals(announced()));
        } catch (org.openqa.selenium.TimeoutException e) {
            assertEquals("announced", message, announced());
        }
    }

    String announced() {
        return String.valueOf(((JavascriptExecutor) browser).executeScript(
                "var r = document.getElementById('samraad-announcer'); return r ? r.textContent : null;"));
    }

    /** Marks the page, so {@link #assertNotReloaded} can tell a change in place from a reload. */
    void markPage() {
        ((JavascriptExecutor) browser).executeScript("window.__samraadSamePage = true;");
    }

    void assertNotReloaded() {
        assertEquals("the page was not reloaded", Boolean.TRUE,
                ((JavascriptExecutor) browser).executeScript("return window.__samraadSamePage === true;"));
    }

    WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }
}
