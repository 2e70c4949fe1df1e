package org.samraad.platform;

import java.util.Locale;
import java.util.function.Function;

/**
 * The reader's texts as templates see them ({@code $t.text(key)}). A class of our own rather than the
 * map itself: Confluence 9+ lets templates call only allowlisted methods, and a plugin may allowlist only its
 * own classes, so {@code Map.get} is no way for a template to look a text up.
 */
public final class TemplateTexts {
    private final Function<String, String> lookup;

    private TemplateTexts(Function<String, String> lookup) {
        this.lookup = lookup;
    }

    /**
     * The reader's texts, each looked up when the template asks for it: a register shows some forty of the plugin's
     * 1 600 texts, and copying all of them for every render was a tenth of its time (mvn -Pbenchmark).
     */
    public static TemplateTexts of(I18n i18n) {
        Locale reader = i18n.readerLocale();
        return new TemplateTexts(key -> i18n.rawText(reader, key));
    }

    /** The text of {@code key} as its bundle has it (no arguments are put in). */
    public String text(String key) {
        return lookup.apply(key);
    }
}
