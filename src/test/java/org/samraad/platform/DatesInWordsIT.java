package org.samraad.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;
import org.samraad.testing.HttpApi;
import org.samraad.testing.HttpInLanguage;
import org.samraad.testing.SharedDevHost;

/**
 * No page of the demo shows a person an ISO date ("2027-03-09") in English or Danish: every date a person reads goes
 * through ReaderDates ("9 March 2027", "9. marts 2027", "9 Mar 2027", "9.3.2027"). ISO stays where machines read it,
 * in {@code datetime} attributes and input values, which are attributes and so not part of the text checked here.
 * Swedish tables legitimately write ISO days, so Swedish is not checked.
 */
public class DatesInWordsIT {
    private static final Pattern ISO_DAY = Pattern.compile("(?<![\\d-])\\d{4}-\\d{2}-\\d{2}(?![\\d-])");
    private static final Pattern PAGE_LINK = Pattern.compile("href=\"(/pages/viewpage\\.action\\?pageId=\\d+)\"");
    private static final String CONTENT_START = "<div id=\"main-content\" class=\"wiki-content\">";
    private static final String CONTENT_END = "<p class=\"page-metadata\">";

    private final HttpApi api = SharedDevHost.api();

    @Test
    public void noDemoPageShowsAnIsoDateInEnglishOrDanish() {
        List<String> pages = pagesOfTheDemoSpaces();
        assertTrue("the check reaches the demo's pages, not only the homes: " + pages, pages.size() >= 6);
        Set<String> found = new TreeSet<>();
        for (String language : List.of("en", "da")) {
            for (String page : pages) {
                HttpApi.Reply reply = HttpInLanguage.send(language, "secretary", "GET", page, null);
                assertEquals(page, 200, reply.status());
                String text = visibleText(content(reply.text()));
                Matcher iso = ISO_DAY.matcher(text);
                while (iso.find()) {
                    int from = Math.max(0, iso.start() - 50);
                    int to = Math.min(text.length(), iso.end() + 20);
                    found.add(language + " " + page + ": …" + text.substring(from, to).replaceAll("\\s+", " ") + "…");
                }
            }
        }
        assertEquals(String.join("\n", found), Set.of(), found);
    }

    @Test
    public void theCheckSeesADateInTextButNotInAttributesScriptsOrInputs() {
        String html = "<p>Held <time datetime=\"2027-03-09\">9 March 2027</time></p><input value=\"2027-03-09\">"
                + "<textarea>2027-03-09</textarea><script>var d = '2027-03-09';</script><td>2027-03-10</td>";
        Matcher iso = ISO_DAY.matcher(visibleText(html));
        assertTrue(iso.find());
        assertEquals("2027-03-10", iso.group());
        assertTrue("one only", !iso.find());
    }

    private List<String> pagesOfTheDemoSpaces() {
        Set<String> pages = new LinkedHashSet<>(List.of("/display/UDS", "/display/INT"));
        for (String home : List.of("/display/UDS", "/display/INT")) {
            Matcher link = PAGE_LINK.matcher(api.get("secretary", home).text());
            while (link.find()) {
                pages.add(link.group(1));
            }
        }
        return new ArrayList<>(pages);
    }

    private static String content(String html) {
        int start = html.indexOf(CONTENT_START);
        int end = html.indexOf(CONTENT_END, Math.max(start, 0));
        assertTrue("the page has the host's content area", start >= 0 && end > start);
        return html.substring(start, end);
    }

    /** The text a person reads: no scripts, styles or what a form field holds; tags and their attributes gone. */
    static String visibleText(String html) {
        return html.replaceAll("(?is)<(script|style|textarea)\\b.*?</\\1>", " ")
                .replaceAll("(?s)<[^>]*>", " ")
                .replace("&nbsp;", " ").replace("&ndash;", "–").replace("&#45;", "-").replace("&amp;", "&");
    }
}
