package org.samraad.platform;

import java.util.Locale;

/**
 * The language of a council's own content (titles, decisions, names of standing items) shown inside an interface
 * in the reader's language. Screen readers pronounce text by the nearest {@code lang}; a Danish decision inside an
 * English page must carry {@code lang="da"} or it is read with English sounds (WCAG 3.1.2, language of parts).
 *
 * <p>Templates print {@code #if($lang.differs()) lang="$lang.council()"#end} on the element that holds the council's
 * text (the renderer HTML-escapes what a template prints, so a ready-made attribute would arrive as text); HTML built
 * in Java (mails) uses {@link #attribute()}. Nothing is printed when the two languages agree, so the markup stays
 * quiet in the common case.
 */
public record ContentLanguage(String council, String reader) {
    public ContentLanguage {
        council = language(council);
        reader = language(reader);
    }

    public static ContentLanguage of(String councilLocale, Locale readerLocale) {
        return new ContentLanguage(councilLocale, readerLocale == null ? null : readerLocale.getLanguage());
    }

    public static ContentLanguage of(String councilLocale, I18n i18n) {
        return of(councilLocale, i18n.readerLocale());
    }

    public boolean differs() {
        return !council.equals(reader);
    }

    /** {@code  lang="da"} (with its leading space) for HTML built in Java, when the council writes in another language. */
    public String attribute() {
        return differs() ? " lang=\"" + council + "\"" : "";
    }

    private static String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return "en";
        }
        if (tag.equals("da") || tag.equals("sv") || tag.equals("en")) {
            return tag; // as councils and readers store it: no tag to parse on every macro of a page
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return switch (language) {
            case "da", "sv" -> language;
            default -> "en";
        };
    }
}
