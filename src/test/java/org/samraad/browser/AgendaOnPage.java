package org.samraad.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.samraad.testing.BrowserTest;

/**
 * The agenda macro on the page the browser shows, driven by keyboard as a person does: its add form, "Edit agenda",
 * its items, their texts, and what the page's live region said.
 */
final class AgendaOnPage {
    private final WebDriver browser;

    AgendaOnPage(WebDriver browser) {
        this.browser = browser;
    }

    /**
     * Adds an item through the macro's form; each attachment is {title, url, "open" or "closed"}. The section is
     * rendered again in place after the save.
     */
    void addItem(String title, String kind, String standingKind, int minutes, boolean closed, String[]... attachments) {
        WebElement form = openAddForm();
        fill(form, title, kind, standingKind, minutes, closed, attachments);
        submit(form);
    }

    WebElement openAddForm() {
        visible(By.cssSelector("button.samraad-agenda-add")).sendKeys(Keys.ENTER);
        return visible(By.cssSelector("form.samraad-agenda-form"));
    }

    void fill(WebElement form, String title, String kind, String standingKind, int minutes, boolean closed,
            String[]... attachments) {
        form.findElement(By.name("title")).sendKeys(title);
        new Select(form.findElement(By.name("kind"))).selectByValue(kind);
        if (standingKind != null) {
            new Select(form.findElement(By.name("standingKind"))).selectByValue(standingKind);
        }
        WebElement duration = form.findElement(By.name("durationMinutes"));
        duration.clear();
        duration.sendKeys(String.valueOf(minutes));
        if (closed) {
            form.findElement(By.name("closed")).sendKeys(Keys.SPACE);
        }
        for (int i = 0; i < attachments.length; i++) {
            form.findElement(By.cssSelector("button.samraad-agenda-attachment-add")).sendKeys(Keys.ENTER);
            form.findElement(By.name("attachments[" + i + "].title")).sendKeys(attachments[i][0]);
            form.findElement(By.name("attachments[" + i + "].url")).sendKeys(attachments[i][1]);
            if (attachments[i][2].equals("closed")) {
                form.findElement(By.name("attachments[" + i + "].closed")).sendKeys(Keys.SPACE);
            }
        }
    }

    /** Saves the form and waits for the section to be rendered again in its place. */
    void submit(WebElement form) {
        form.findElement(By.cssSelector("button[type=submit]")).sendKeys(Keys.ENTER);
        waiting().until(BrowserTest.gone(form));
        visible(By.cssSelector("section.samraad-agenda"));
    }

    /** Presses "Edit agenda" unless the items' tools already show. */
    void openEditing() {
        WebElement toggle = visible(By.cssSelector("button.samraad-agenda-edit-toggle"));
        if (!"true".equals(toggle.getAttribute("aria-expanded"))) {
            toggle.sendKeys(Keys.ENTER);
            waiting().until(d -> "true".equals(toggle.getAttribute("aria-expanded")));
        }
    }

    /** What the page's live region said last (Samraad.announce), once it says something containing {@code text}. */
    String announced(String text) {
        waiting().until(d -> d.findElement(By.id("samraad-announcer")).getText().contains(text));
        return browser.findElement(By.id("samraad-announcer")).getText();
    }

    /** Opens an item's edit form ("Change"), filled from the server. */
    WebElement edit(String title) {
        openEditing();
        item(title).findElement(By.cssSelector("button.samraad-agenda-edit")).sendKeys(Keys.ENTER);
        WebElement form = visible(By.cssSelector("form.samraad-agenda-form"));
        waiting().until(d -> form.findElement(By.name("title")).getAttribute("value").equals(title));
        return form;
    }

    WebElement item(String title) {
        for (WebElement li : browser.findElements(By.cssSelector("li[data-item-id]"))) {
            if (li.findElement(By.cssSelector(".samraad-agenda-title")).getText().equals(title)) {
                return li;
            }
        }
        throw new AssertionError("no item " + title + " in " + titles());
    }

    List<String> titles() {
        return texts("li[data-item-id] .samraad-agenda-title");
    }

    /** The text of every element the selector finds, white space collapsed, in document order. */
    List<String> texts(String css) {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0]))"
                        + ".map(function (e) { return e.textContent.replace(/\\s+/g, ' ').trim(); });", css);
        return new ArrayList<>(texts);
    }

    private WebElement visible(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }
}
