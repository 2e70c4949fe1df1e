package org.samraad.browser;

import static org.junit.Assert.assertEquals;

import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Picking people and pages in the pickers (samraad-pickers.js) as a person does: typing part of a name, then keys. */
final class Pickers {
    /** The demo users' full names, which the user picker shows. */
    static final Map<String, String> FULL_NAMES = Map.of("admin", "Ada Admin", "secretary", "Sofie Sekretær",
            "member", "Mads Medlem", "reader", "Rita Læser");

    private Pickers() {}

    /** Types the first letters of the demo user's full name, moves to them with the arrow keys and picks them. */
    static void pickUser(WebDriver browser, WebElement input, String username) {
        String fullName = FULL_NAMES.get(username);
        pick(browser, input, fullName.substring(0, 3), fullName);
    }

    /** Types the start of the option's text, moves to it with Down and picks it with Enter. */
    static void pick(WebDriver browser, WebElement input, String typed, String option) {
        input.clear();
        input.sendKeys(typed);
        WebElement list = browser.findElement(By.id(input.getAttribute("aria-controls")));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> list.isDisplayed()
                && list.findElements(By.cssSelector("[role=option]")).stream()
                        .anyMatch(o -> o.getText().startsWith(option)));
        int options = list.findElements(By.cssSelector("[role=option]")).size();
        for (int i = 0; i <= options; i++) {
            input.sendKeys(Keys.ARROW_DOWN);
            String active = input.getAttribute("aria-activedescendant");
            if (active != null && browser.findElement(By.id(active)).getText().startsWith(option)) {
                break;
            }
        }
        input.sendKeys(Keys.ENTER);
        assertEquals(option, input.getAttribute("value"));
        assertEquals("false", input.getAttribute("aria-expanded"));
    }
}
