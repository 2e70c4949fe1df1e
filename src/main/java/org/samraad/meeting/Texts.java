package org.samraad.meeting;

import java.util.regex.Pattern;
import org.samraad.platform.FieldError;
import org.samraad.platform.Validation;

/** What people may type into the meeting features' text fields: no control characters (PostgreSQL refuses NUL). */
final class Texts {
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");
    private static final Pattern LINE_BREAK = Pattern.compile("[\\n\\r\\t]");

    private Texts() {}

    /** Names and titles: one line, no control characters. */
    static void singleLine(Validation validation, String field, String value) {
        if (value != null && !validation.hasErrorFor(field)
                && (CONTROL.matcher(value).find() || LINE_BREAK.matcher(value).find())) {
            validation.add(FieldError.of(field, "samraad.attendance.error.single-line"));
        }
    }

    /** Longer texts: line breaks allowed, other control characters not. */
    static void noControl(Validation validation, String field, String value) {
        if (value != null && !validation.hasErrorFor(field) && CONTROL.matcher(value).find()) {
            validation.add(FieldError.of(field, "samraad.attendance.error.control"));
        }
    }
}
