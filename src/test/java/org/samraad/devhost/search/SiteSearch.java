package org.samraad.devhost.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of CQL the host answers: {@code siteSearch ~ "words"} (Confluence's search box sends exactly this) and its
 * older spelling {@code text ~ "words"}, both matching title and text; anything else is "could not parse", as
 * Confluence answers CQL it does not understand. Also the excerpt shown under a hit.
 */
public final class SiteSearch {
    private static final Pattern CQL = Pattern.compile(
            "\\s*(?:siteSearch|text)\\s*~\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*", Pattern.CASE_INSENSITIVE);
    private static final int EXCERPT = 240;

    private SiteSearch() {}

    /** The words a {@code siteSearch ~ "…"} query asks for; empty for CQL the host does not answer. */
    public static Optional<String> words(String cql) {
        if (cql == null) {
            return Optional.empty();
        }
        Matcher matcher = CQL.matcher(cql);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String words = matcher.group(1).replaceAll("\\\\(.)", "$1").strip();
        return words.isEmpty() ? Optional.empty() : Optional.of(words);
    }

    private static final String QUOTED = "\"((?:[^\"\\\\]|\\\\.)*)\"";
    private static final Pattern TITLE_CQL = Pattern.compile("\\s*type\\s*=\\s*page(?:\\s+AND\\s+space\\s*=\\s*"
            + QUOTED + ")?\\s+AND\\s+title\\s*~\\s*" + QUOTED + "\\s*", Pattern.CASE_INSENSITIVE);

    /** A page picker's question: the pages (of one space, or of every space) whose title has these words. */
    public record TitleQuery(String spaceKey, String words) {
        /** Every word of the query occurs in the title, case-insensitively. */
        public boolean matches(String title) {
            String lower = title.toLowerCase(Locale.ROOT);
            return Arrays.stream(words.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isEmpty())
                    .allMatch(lower::contains);
        }
    }

    /** {@code type = page [AND space = "KEY"] AND title ~ "words"}; empty for any other CQL. */
    public static Optional<TitleQuery> titleQuery(String cql) {
        if (cql == null) {
            return Optional.empty();
        }
        Matcher matcher = TITLE_CQL.matcher(cql);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String words = unquote(matcher.group(2)).strip();
        return words.isEmpty() ? Optional.empty()
                : Optional.of(new TitleQuery(matcher.group(1) == null ? null : unquote(matcher.group(1)), words));
    }

    private static String unquote(String quoted) {
        return quoted.replaceAll("\\\\(.)", "$1");
    }

    /** The CQL for words typed in the search box. */
    public static String cql(String words) {
        return "siteSearch ~ \"" + words.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** About {@value #EXCERPT} characters of the text around the first word found, else its beginning. */
    public static String excerpt(String text, String words) {
        String lower = text.toLowerCase(Locale.ROOT);
        int at = Arrays.stream(words.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isEmpty())
                .mapToInt(lower::indexOf).filter(i -> i >= 0).min().orElse(0);
        int from = Math.max(0, at - EXCERPT / 3);
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        int to = Math.min(text.length(), from + EXCERPT);
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        return (from > 0 ? "… " : "") + text.substring(from, to).strip() + (to < text.length() ? " …" : "");
    }
}
