package org.samraad.action;

import static org.samraad.platform.Validation.isBlank;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.samraad.platform.FieldError;
import org.samraad.platform.Validation;

/**
 * The register's filters as people write them, in a REST query ({@link ActionFilter#parse}) or in the parameters
 * of the register macro ({@link ActionsMacro}): one reading of each value for both. Each caller says in its own way
 * what is wrong with a value that cannot be read (a field error, a macro error).
 */
final class ActionFilterText {
    private ActionFilterText() {}

    /**
     * One value read from text.
     *
     * @param value null when the text was blank (not given)
     * @param readable false when the text was given but is not a value of its kind
     */
    record Reading<T>(T value, boolean readable) {
        static <T> Reading<T> of(T value) {
            return new Reading<>(value, true);
        }
    }

    /** A council, organisation or meeting id: a whole number of 1 or more. */
    static Reading<Integer> id(String text) {
        if (isBlank(text)) {
            return Reading.of(null);
        }
        Integer parsed = Validation.wholeNumber(text);
        return new Reading<>(parsed, parsed != null && parsed >= 1);
    }

    /** Statuses as one or more comma lists of names, blanks skipped; unreadable if any name is unknown. */
    static Reading<Set<ActionStatus>> statuses(List<String> texts) {
        List<FieldError> errors = new ArrayList<>();
        Set<ActionStatus> statuses = Validation.enumList("status", texts, ActionStatus.class, errors);
        return new Reading<>(statuses, errors.isEmpty());
    }

    /** {@code overdue}: true or false in any case; false when not given. */
    static Reading<Boolean> overdue(String text) {
        if (isBlank(text)) {
            return Reading.of(false);
        }
        String flag = text.trim().toLowerCase(Locale.ROOT);
        boolean readable = flag.equals("true") || flag.equals("false");
        return new Reading<>(readable && flag.equals("true"), readable);
    }

    /** {@code dueWithinDays}: 0 up to {@link ActionFilter#MAX_DAYS}. */
    static Reading<Integer> dueWithinDays(String text) {
        if (isBlank(text)) {
            return Reading.of(null);
        }
        Integer days = Validation.wholeNumber(text);
        return new Reading<>(days, days != null && days >= 0 && days <= ActionFilter.MAX_DAYS);
    }

    /** An owner's user key or {@link ActionFilter#ME}, without surrounding space; null when not given. */
    static String owner(String text) {
        return isBlank(text) ? null : text.strip();
    }
}
