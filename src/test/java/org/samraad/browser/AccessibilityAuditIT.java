package org.samraad.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.samraad.testing.BrowserTest;
import org.samraad.testing.SharedDevHost;

/**
 * Deque's axe-core (pinned in the pom, every rule it enables by default, best practices included) over every page of
 * the demo spaces, as anonymous, reader, member and secretary, in English, Danish and Swedish. The pages are the
 * ones the two space homes link to, so a new page of the demo is audited without being listed here, and the plugin's
 * page in Confluence administration (as the administrator too). No view may have a finding of any impact; the
 * findings are printed by rule, with where they are.
 */
public class AccessibilityAuditIT extends BrowserTest {
    private static final List<String> ROLES = List.of("", "reader", "member", "secretary");
    private static final List<String> LANGUAGES = List.of("en", "da", "sv");
    /** Confluence administration's pages of the plugin, audited as the administrator too. */
    private static final List<String> ADMIN_PAGES = List.of("/plugins/servlet/samraad/privacy");

    @Test
    public void noPageHasAFindingOfAnyImpactForAnyRoleInAnyLanguage() {
        List<String> pages = pagesOfTheDemoSpaces();
        assertTrue("the audit reaches the demo's pages, not only the homes: " + pages, pages.size() >= 6);
        Map<String, Integer> byImpact = new TreeMap<>();
        Map<String, Set<String>> byRule = new TreeMap<>();
        List<String> findings = new ArrayList<>();
        int views = 0;
        for (String role : roles()) {
            loginAs(role);
            for (String language : LANGUAGES) {
                useLanguage(language);
                for (String page : role.equals("admin") ? ADMIN_PAGES : pages) {
                    browser.get(SharedDevHost.baseUrl() + page);
                    views++;
                    for (Object found : Axe.findings(browser)) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> violation = (Map<String, Object>) found;
                        String impact = String.valueOf(violation.get("impact"));
                        String where = page + " as " + (role.isEmpty() ? "anonymous" : role) + " in " + language;
                        String rule = violation.get("id") + " (" + impact + ")";
                        int nodes = ((List<?>) violation.get("nodes")).size();
                        byImpact.merge(impact, nodes, Integer::sum);
                        byRule.computeIfAbsent(rule, r -> new LinkedHashSet<>()).add(where + ": "
                                + violation.get("targets"));
                        findings.add(rule + " on " + where + ": " + violation.get("targets"));
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%naxe-core over %d page views (%d pages × %d roles and the admin pages as the "
                + "administrator, × %d languages): %s%n", views, pages.size(), ROLES.size(), LANGUAGES.size(), byImpact);
        byRule.forEach((rule, where) -> System.out.printf(Locale.ROOT, "  %s on %d views, e.g. %s%n", rule,
                where.size(), where.iterator().next()));
        assertEquals("axe-core's findings", List.of(), findings);
    }

    private static List<String> roles() {
        List<String> roles = new ArrayList<>(ROLES);
        roles.add("admin");
        return roles;
    }

    /** The space homes and every page they link to, and the admin pages (refused to the others, a page too). */
    private List<String> pagesOfTheDemoSpaces() {
        return DemoPages.linkedFromTheHomes(ADMIN_PAGES);
    }

    private void useLanguage(String language) {
        browser.get(SharedDevHost.baseUrl() + "/");
        WebElement switcher = browser.findElement(By.id("host-locale"));
        new Select(switcher).selectByValue(language);
        browser.findElement(By.xpath("//select[@id='host-locale']/ancestor::form//button")).click();
        waiting().until(gone(switcher));
    }
}
