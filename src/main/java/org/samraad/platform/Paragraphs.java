package org.samraad.platform;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain text typed by a person, as the paragraphs a page shows: blank lines separate paragraphs, so the text reads as
 * written. One rule for every feature that prints free text (a council's purpose, an organisation's offers, an
 * agenda item's sections, a hearing's summary and outcome).
 * Templates print each paragraph as text (encoded), never as markup.
 */
public final class Paragraphs {
    /** Compiled once: String.split compiles a pattern like this one on every call (an agenda splits 80 texts). */
    private static final Pattern BLANK_LINE = Pattern.compile("\\R\\s*\\R");

    private Paragraphs() {}

    /** The paragraphs of {@code text}, each stripped; none for an absent or blank text, and never an empty one. */
    public static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(BLANK_LINE.split(text.strip())).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
