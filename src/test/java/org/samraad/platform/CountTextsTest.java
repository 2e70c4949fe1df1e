package org.samraad.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;
import org.samraad.devhost.services.HostI18nResolver;

/**
 * Every text that carries a count reads right for 0, 1 and 2 in en, da and sv: "1 action item", "1 ledig plads",
 * "i morgen", never "1 action items", "1 opgaver" or "1 ledig(e)". A count text is one with a choice format; the
 * guard below finds a number put before a noun without one, so a new count text cannot skip the choice.
 */
public class CountTextsTest {
    private static final List<Locale> LANGUAGES = HostI18nResolver.SUPPORTED;
    private static final HostI18nResolver TEXTS = new HostI18nResolver(List.of("i18n.samraad"));

    /**
     * Texts whose placeholder before a word is not a count: a name, a date, a year, an amount, a unit that does not
     * take a plural ("min.", "MB") or a position.
     */
    private static final Set<String> NOT_COUNTS = Set.of(
            "samraad.agenda.duration", "samraad.error.json-too-large", "samraad.attendance.macro.body-caption",
            "samraad.attendance.quorum.not-quorate", "samraad.hearing.macro.bad-parameter",
            "samraad.report.final.confirm", "samraad.report.as-of-running", "samraad.start.progress",
            "samraad.attendance.macro.body-present", "samraad.member.confirm-erase", "samraad.picker.picked",
            "samraad.agenda.erased", "samraad.report.events.visitors-at");

    /** Words that follow a placeholder holding a name, a date or the first number of "3 of 5". */
    private static final Set<String> NOT_NOUNS = Set.of("of", "af", "av", "out", "ud", "to", "til", "till", "and", "og",
            "och", "from", "fra", "från", "in", "i", "on", "den", "at", "ved", "vid", "for", "för", "was", "er", "is",
            "är", "has", "har", "have", "are", "blev", "kan", "can", "pr", "per", "a", "en", "et", "ett", "som",
            "the", "på", "totalt", "kl");

    private static final Pattern PLACEHOLDER_BEFORE_WORD = Pattern.compile("\\{(\\d)(,number[^}]*)?\\}\\s+(\\p{L}+)");
    private static final Pattern PARENTHESISED_PLURAL = Pattern.compile("\\p{L}\\((e|s|a|er|n|r|ar|or|en)\\)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)");

    @Test
    public void everyCountTextReadsRightForZeroOneAndTwoInEveryLanguage() {
        List<String> wrong = new ArrayList<>();
        for (String key : countKeys()) {
            for (Locale language : LANGUAGES) {
                String one = rendered(language, key, 1);
                String two = rendered(language, key, 2);
                for (int n = 0; n <= 2; n++) {
                    String text = rendered(language, key, n);
                    if (text.contains("{") || text.contains("}")) {
                        wrong.add(language + " " + key + " (" + n + "): leftover brace in \"" + text + "\"");
                    }
                    if (PARENTHESISED_PLURAL.matcher(text).find()) {
                        wrong.add(language + " " + key + " (" + n + "): parenthesised plural in \"" + text + "\"");
                    }
                }
                if (one.replaceAll("\\d", "").equals(two.replaceAll("\\d", ""))) {
                    wrong.add(language + " " + key + ": 1 and 2 differ only by the digit: \"" + one + "\"");
                }
            }
        }
        assertEquals(String.join("\n", wrong), List.of(), wrong);
    }

    @Test
    public void noTextPutsANumberBeforeANounWithoutAChoiceFormat() {
        List<String> wrong = new ArrayList<>();
        for (Locale language : LANGUAGES) {
            TEXTS.getAllTranslationsForPrefix("samraad.", language).forEach((key, value) -> {
                if (NOT_COUNTS.contains(key)) {
                    return;
                }
                Matcher m = PLACEHOLDER_BEFORE_WORD.matcher(outsideChoices(value));
                while (m.find()) {
                    if (!NOT_NOUNS.contains(m.group(3).toLowerCase(Locale.ROOT))) {
                        wrong.add(language + " " + key + "=" + value);
                    }
                }
                if (PARENTHESISED_PLURAL.matcher(value).find()) {
                    wrong.add(language + " " + key + " has a parenthesised plural: " + value);
                }
            });
        }
        assertEquals(String.join("\n", wrong), List.of(), wrong);
    }

    @Test
    public void theCountTextsOfTheScriptsUseOnlyWhatAjsFormatUnderstands() {
        // AJS.format knows {0}, {0,number} and {0,choice,…}; a style such as {0,number,integer} renders as nothing.
        List<String> wrong = new ArrayList<>();
        for (String key : scriptKeys()) {
            for (Locale language : LANGUAGES) {
                String value = TEXTS.getRawText(language, key);
                if (value.matches("(?s).*\\{\\d+,number,.*")) {
                    wrong.add(language + " " + key + "=" + value);
                }
            }
        }
        assertEquals(String.join("\n", wrong), List.of(), wrong);
    }

    @Test
    public void theGuardFindsTheCountTextsOfIssue16() {
        assertTrue(PLACEHOLDER_BEFORE_WORD.matcher(outsideChoices("Samråd: {0} action items to follow up")).find());
        assertFalse(PLACEHOLDER_BEFORE_WORD.matcher(outsideChoices("{0,choice,1#1 action item|1<{0} action items}")).find());
        assertTrue(PARENTHESISED_PLURAL.matcher("1 ledig(e)").find());
        assertEquals("in  and  days", outsideChoices("in {0,choice,0#x|1#y} and {1,choice,1#{1} day|1<{1} days} days"));
        assertNotEquals(List.of(), countKeys());
    }

    private static Set<String> countKeys() {
        Set<String> keys = new TreeSet<>();
        for (Locale language : LANGUAGES) {
            TEXTS.getAllTranslationsForPrefix("samraad.", language).forEach((key, value) -> {
                if (value.contains(",choice,")) {
                    keys.add(key);
                }
            });
        }
        return keys;
    }

    private static String rendered(Locale language, String key, int n) {
        Matcher m = PLACEHOLDER.matcher(TEXTS.getRawText(language, key));
        int arguments = 0;
        while (m.find()) {
            arguments = Math.max(arguments, Integer.parseInt(m.group(1)) + 1);
        }
        Integer[] values = new Integer[arguments];
        Arrays.fill(values, n);
        return TEXTS.getText(language, key, values);
    }

    /** The text with each {n,choice,…} taken out, braces balanced. */
    static String outsideChoices(String value) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            Matcher m = Pattern.compile("\\{\\d+,choice,").matcher(value).region(i, value.length());
            if (!m.lookingAt()) {
                out.append(value.charAt(i++));
                continue;
            }
            int depth = 0;
            int j = i;
            do {
                char c = value.charAt(j++);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            } while (depth > 0 && j < value.length());
            i = j;
        }
        return out.toString();
    }

    private static Set<String> scriptKeys() {
        Pattern literal = Pattern.compile("getText\\('(samraad\\.[^']+)'");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/js"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }
}
