package org.samraad.browser;

import static org.junit.Assert.assertEquals;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The action register's forms as a keyboard user opens them: read first, each form waits behind its button, and
 * Enter on the button opens it with the focus on the form's heading.
 */
final class ActionRows {
    private ActionRows() {}

    /** A row's "Update progress" ({@code row}: a CSS selector of the row, e.g. {@code tr[data-action-id='7']}). */
    static WebElement openProgress(WebDriver browser, String row) {
        return open(browser, row + " button.samraad-action-progress-toggle", row + " form.samraad-action-form");
    }

    /** "Add an action item" of the (first) register. */
    static WebElement openAdd(WebDriver browser) {
        return open(browser, "button.samraad-action-add-toggle", "form.samraad-action-add");
    }

    private static WebElement open(WebDriver browser, String toggleCss, String formCss) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        WebElement toggle = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(toggleCss)));
        toggle.sendKeys(Keys.ENTER);
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(formCss)));
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        assertEquals("the open form's heading has the focus", form.findElement(By.tagName("h3")),
                browser.switchTo().activeElement());
        return form;
    }
}
