package org.samraad.hearing;

import java.util.List;
import org.samraad.platform.Paragraphs;

/**
 * The opening of a council's approved response, for lists that point to the response (the register, the annual
 * report): its first paragraph on one line, cut on a word boundary after at most {@value #MAX} characters with "…".
 * Only an approved or submitted response has one: a draft is not yet the council's word.
 */
public final class ResponseExcerpt {
    static final int MAX = 160;

    private ResponseExcerpt() {}

    /** The excerpt of the response of a hearing in this status, or null (no approved response, or no text). */
    public static String of(HearingStatus status, String response) {
        if (!status.responseFrozen()) {
            return null;
        }
        List<String> paragraphs = Paragraphs.of(response);
        if (paragraphs.isEmpty()) {
            return null;
        }
        String first = paragraphs.get(0).replaceAll("\\s+", " ").strip();
        if (first.length() <= MAX) {
            return first;
        }
        int cut = first.lastIndexOf(' ', MAX);
        if (cut < MAX / 2) {
            // one very long word: cut inside it, but never half a surrogate pair
            cut = Character.isLowSurrogate(first.charAt(MAX)) ? MAX - 1 : MAX;
        }
        return first.substring(0, cut).replaceAll("[\\s,;:.–-]+$", "") + "…";
    }
}
