package org.samraad.browser;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.samraad.testing.SharedDevHost;

/**
 * The pages of the demo spaces a whole-site browser test goes through: the two space homes and every page they link
 * to, so a new page of the demo is covered without being listed.
 */
final class DemoPages {
    private DemoPages() {}

    /**
     * The homes, {@code extra} and the pages the homes link to as seeded ({@link SharedDevHost#seededPages}): pages
     * other test classes made before this one ran are their own tests' business, so the set is the same in every run.
     */
    static List<String> linkedFromTheHomes(List<String> extra) {
        Set<String> pages = new LinkedHashSet<>(SharedDevHost.DEMO_HOMES);
        pages.addAll(extra);
        pages.addAll(SharedDevHost.seededPages());
        return List.copyOf(pages);
    }
}
