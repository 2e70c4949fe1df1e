package org.samraad.browser;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.WebDriver;
import org.samraad.testing.SharedDevHost;

/**
 * The pages of the demo spaces a whole-site browser test goes through: the two space homes and every page they link
 * to, so a new page of the demo is covered without being listed. Read as the admin, who sees every page (who sees
 * what is the tests' job); exports and the editor's preview are not pages people browse.
 */
final class DemoPages {
    static final List<String> HOMES = List.of("/display/UDS", "/display/INT");

    private DemoPages() {}

    /**
     * The homes, {@code extra} and the pages the homes link to as seeded ({@link SharedDevHost#seededPages}): pages
     * other test classes made before this one ran are their own tests' business, so the set is the same in every run.
     */
    static List<String> linkedFromTheHomes(WebDriver browser, List<String> extra) {
        Set<String> pages = new LinkedHashSet<>(HOMES);
        pages.addAll(extra);
        pages.addAll(SharedDevHost.seededPages());
        return List.copyOf(pages);
    }
}
