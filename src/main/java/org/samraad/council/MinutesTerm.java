package org.samraad.council;

/**
 * What a council calls the record of its meetings, in every language: a formal record ("Protokol", "Protokoll",
 * "Minutes") or notes ("Referat", "Minnesanteckningar", "Notes"). A council without a choice gets each language's
 * usual word ("Referat", "Protokoll", "Minutes"); a Swedish development group that writes "minnesanteckningar"
 * chooses {@link #NOTES}, and every reader then sees the council's word in their own language.
 */
public enum MinutesTerm {
    MINUTES,
    NOTES;

    /** The stored or sent term; null for none (blank) or an unknown one. */
    public static MinutesTerm of(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (MinutesTerm term : values()) {
            if (term.name().equals(value)) {
                return term;
            }
        }
        return null;
    }

    /** The i18n key of the minutes' heading for a council with this term (null: the language's usual word). */
    public static String headingKey(MinutesTerm term) {
        return term == null ? "samraad.agenda.heading.minutes" : "samraad.agenda.heading.minutes." + term.name();
    }
}
