package org.samraad.platform;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.List;

/**
 * The one range for every day the plugin accepts (a meeting, a deadline, a term, a due date, a plan entry, a
 * report or plan year): 2000-01-01 to 2100-12-31. Samråd records no birthdays, so nothing it keeps lies before
 * the councils it serves began, and nothing is planned further ahead than a lifetime. The range keeps every
 * stored moment a four-digit year on every database and every date computed from it (a deadline, a reminder day,
 * a time in the council's zone) valid; year 0, negative years and years past 9999 are refused, never changed.
 */
public final class DateRule {
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    public static final LocalDate FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(LAST_YEAR, 12, 31);

    static final String DATE_KEY = "samraad.error.date";
    static final String DATE_RANGE_KEY = "samraad.error.date-range";
    static final String TIME_KEY = "samraad.error.time";
    static final String YEAR_KEY = "samraad.error.year";

    /** Exactly yyyy-MM-dd: no sign, no five-digit year, no 30 February. */
    private static final DateTimeFormatter ISO_DAY = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4, 4, SignStyle.NOT_NEGATIVE)
            .appendLiteral('-').appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendLiteral('-').appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter().withChronology(IsoChronology.INSTANCE).withResolverStyle(ResolverStyle.STRICT);

    private DateRule() {}

    public static boolean inRange(LocalDate day) {
        return day != null && !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
    }

    /** A day typed as text; blank is absent (null, no error); a wrong or out-of-range day adds a field error. */
    public static LocalDate day(String field, String value, List<FieldError> errors) {
        if (Validation.isBlank(value)) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value.strip(), ISO_DAY);
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, DATE_KEY));
            return null;
        }
        return day(field, day, errors);
    }

    /** A day already parsed (e.g. by the JSON reader, which takes "+10000-01-01" and "-0001-01-01"). */
    public static LocalDate day(String field, LocalDate day, List<FieldError> errors) {
        if (day != null && !inRange(day)) {
            errors.add(FieldError.of(field, DATE_RANGE_KEY, FIRST_DAY.toString(), LAST_DAY.toString()));
            return null;
        }
        return day;
    }

    /** A wall-clock time typed as HH:mm (ISO, seconds allowed); blank is absent; a wrong one adds a field error. */
    public static LocalTime time(String field, String value, List<FieldError> errors) {
        if (Validation.isBlank(value)) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, TIME_KEY));
            return null;
        }
    }

    /**
     * A year typed as text, from {@link #FIRST_YEAR} to {@code last} (at most {@link #LAST_YEAR}); blank is absent.
     * The bounds go to the message as text so that no locale writes 2,000.
     */
    public static Integer year(String field, String value, int last, List<FieldError> errors) {
        if (Validation.isBlank(value)) {
            return null;
        }
        int upper = Math.min(last, LAST_YEAR);
        Integer year = Validation.wholeNumber(value);
        if (year == null || year < FIRST_YEAR || year > upper) {
            errors.add(FieldError.of(field, YEAR_KEY, String.valueOf(FIRST_YEAR), String.valueOf(upper)));
            return null;
        }
        return year;
    }
}
