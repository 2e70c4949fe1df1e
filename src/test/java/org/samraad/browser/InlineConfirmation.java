package org.samraad.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A destructive step's inline confirmation (Samraad.confirmInline, issue 16), walked as a keyboard user walks it: the
 * danger button asks, focus lands on the question in an AUI warning right after the button, axe-core finds nothing with
 * it open, Escape keeps things as they were with focus back on the button, Enter asks again and Tab, Enter says yes.
 * A native {@code window.confirm} fails here: it opens no question in the page.
 */
final class InlineConfirmation {
    private InlineConfirmation() {}

    /**
     * Presses {@code button} (a click, as a pointer user does; then only keys), checks the confirmation, cancels it with
     * Escape, asks again with Enter and confirms with Tab and Enter. {@code question} is a part of the question's text.
     */
    static void confirmAfterEscapeKeptIt(WebDriver browser, WebElement button, String question, String yes,
                                         String where) {
        button.click();
        WebElement asked = assertAsked(browser, button, question, yes);
        Axe.assertNoFindings(browser, where + " with the confirmation open");

        press(browser, Keys.ESCAPE);
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> stale(asked));
        assertEquals("Escape returns focus to the button that asked", button, focused(browser));
        assertEquals("Escape closes the confirmation", List.of(), confirmations(browser));
        assertEquals("false", button.getAttribute("aria-expanded"));

        press(browser, Keys.ENTER);
        assertAsked(browser, button, question, yes);
        press(browser, Keys.TAB);
        WebElement yesButton = focused(browser);
        assertEquals("Tab from the question reaches the danger yes", yes, yesButton.getText());
        assertTrue(yesButton.getAttribute("class"), yesButton.getAttribute("class").contains("aui-button-danger"));
        press(browser, Keys.ENTER);
    }

    /** A delete, remove or erase button keeps AUI's danger style when it asks inline. */
    static WebElement danger(WebElement button) {
        assertTrue("the button that asks is a danger button: " + button.getAttribute("class"),
                button.getAttribute("class").contains("aui-button-danger"));
        return button;
    }

    /** The confirmation is open right after {@code button}, in AUI's warning and danger styles, focus on its question. */
    private static WebElement assertAsked(WebDriver browser, WebElement button, String question, String yes) {
        WebElement text = new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> {
            WebElement active = focused(d);
            return active != null && active.getAttribute("class") != null
                    && active.getAttribute("class").contains("samraad-confirm-question") ? active : null;
        });
        assertTrue(text.getText(), text.getText().contains(question));
        WebElement box = (WebElement) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].nextElementSibling;", button);
        assertEquals("the confirmation follows the button that asked", box,
                text.findElement(By.xpath("ancestor::div[contains(@class,'samraad-confirm')][1]")));
        assertTrue(box.getAttribute("class"), box.getAttribute("class").contains("aui-message-warning"));
        assertEquals("group", box.getAttribute("role"));
        assertEquals(text.getAttribute("id"), box.getAttribute("aria-labelledby"));
        assertEquals("true", button.getAttribute("aria-expanded"));
        assertEquals(box.getAttribute("id"), button.getAttribute("aria-controls"));
        WebElement yesButton = box.findElement(By.cssSelector("button.samraad-confirm-yes"));
        assertEquals(yes, yesButton.getText());
        assertTrue(yesButton.getAttribute("class").contains("aui-button-danger"));
        assertTrue(box.findElement(By.cssSelector("button.samraad-confirm-no")).getAttribute("class")
                .contains("aui-button-link"));
        assertEquals("one confirmation at a time", 1, confirmations(browser).size());
        return text;
    }

    private static List<WebElement> confirmations(WebDriver browser) {
        return browser.findElements(By.cssSelector(".samraad-confirm"));
    }

    private static boolean stale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        }
    }

    private static void press(WebDriver browser, CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }

    private static WebElement focused(WebDriver browser) {
        return browser.switchTo().activeElement();
    }
}
