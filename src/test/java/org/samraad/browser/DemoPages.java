package org.samraad.browser;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.samraad.testing.SharedDevHost;

/**
 * The pages of the demo spaces a whole-site browser test goes through: the two space homes and every page they link
 * to, so a new page of the demo is covered without being listed. Read as the admin, who sees every page (who sees
 * what is the tests' job); exports and the editor's preview are not pages people browse.
 */
final class DemoPages {
    static final List<String> HOMES = List.of("/display/UDS", "/display/INT");

    private DemoPages() {}

    /** The homes, {@code extra} and the pages the homes link to; the browser must be logged in as the admin. */
    static List<String> linkedFromTheHomes(WebDriver browser, List<String> extra) {
        Set<String> pages = new LinkedHashSet<>(HOMES);
        pages.addAll(extra);
        for (String home : HOMES) {
            browser.get(SharedDevHost.baseUrl() + home);
            for (WebElement link : browser.findElements(By.cssSelector("a[href*='viewpage.action?pageId=']"))) {
                String href = link.getAttribute("href").replace(SharedDevHost.baseUrl(), "").replaceAll("#.*", "");
                if (!href.contains("outputType=")) {
                    pages.add(href);
                }
            }
        }
        return List.copyOf(pages);
    }
}
