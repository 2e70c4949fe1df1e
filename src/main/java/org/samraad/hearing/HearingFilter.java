package org.samraad.hearing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.samraad.platform.DateRule;
import org.samraad.platform.FieldError;
import org.samraad.platform.Validation;
import org.samraad.platform.ValidationException;

/**
 * Which of a council's hearings a register shows: optionally one status, optionally those whose deadline falls in
 * one year, optionally only the open ones; one window of them. The on-time rate is for {@code rateYear}, whatever
 * the other filters (null: the council's current year).
 */
public record HearingFilter(HearingStatus status, Integer year, boolean openOnly, Integer rateYear, int limit, int offset) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public static HearingFilter all() {
        return new HearingFilter(null, null, false, null, MAX_LIMIT, 0);
    }

    /** From query parameters or macro parameters, all text; every bad value is a field error, reported together. */
    public static HearingFilter parse(String status, String year, String open, String limit, String offset) {
        List<FieldError> errors = new ArrayList<>();
        HearingStatus parsedStatus = null;
        if (!Validation.isBlank(status)) {
            parsedStatus = Validation.parse(status.trim(), HearingStatus.class);
            if (parsedStatus == null) {
                errors.add(FieldError.of("status", "samraad.error.invalid-choice"));
            }
        }
        Integer parsedYear = DateRule.year("year", year, DateRule.LAST_YEAR, errors);
        boolean openOnly = false;
        if (!Validation.isBlank(open)) {
            String flag = open.trim().toLowerCase(Locale.ROOT);
            if (flag.equals("true") || flag.equals("false")) {
                openOnly = flag.equals("true");
            } else {
                errors.add(FieldError.of("open", "samraad.hearing.error.flag"));
            }
        }
        Integer parsedLimit = Validation.isBlank(limit) ? Integer.valueOf(DEFAULT_LIMIT) : Validation.wholeNumber(limit);
        if (parsedLimit == null || parsedLimit < 1 || parsedLimit > MAX_LIMIT) {
            errors.add(FieldError.of("limit", "samraad.hearing.error.limit", MAX_LIMIT));
        }
        Integer parsedOffset = Validation.isBlank(offset) ? Integer.valueOf(0) : Validation.wholeNumber(offset);
        if (parsedOffset == null || parsedOffset < 0) {
            errors.add(FieldError.of("offset", "samraad.hearing.error.offset"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new HearingFilter(parsedStatus, parsedYear, openOnly, parsedYear, parsedLimit, parsedOffset);
    }
}
