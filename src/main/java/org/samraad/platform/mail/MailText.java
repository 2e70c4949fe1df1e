package org.samraad.platform.mail;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What every reminder e-mail needs of its text: HTML escaping, one-line values, and the languages Samråd writes. */
public final class MailText {
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\p{Cc}\\s]+");

    private MailText() {}

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A stored value on one line: a title with line breaks or control characters cannot break a subject or list. */
    public static String oneLine(String text) {
        return text == null ? "" : LINE_BREAKS.matcher(text).replaceAll(" ").strip();
    }

    /** Whether a mail can be written in this language. */
    public static boolean speaks(Locale locale) {
        return locale != null && List.of("en", "da", "sv").contains(locale.getLanguage());
    }

    /** The supported language for a tag such as "da" or "sv_SE"; English for anything else. */
    public static Locale locale(String councilLocale) {
        if (councilLocale == null || councilLocale.isBlank()) {
            return Locale.ENGLISH;
        }
        String language = Locale.forLanguageTag(councilLocale.strip().replace('_', '-')).getLanguage();
        return switch (language) {
            case "da", "sv" -> Locale.forLanguageTag(language);
            default -> Locale.ENGLISH;
        };
    }
}
