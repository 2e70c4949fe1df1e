package org.samraad.plan;

import java.time.LocalDate;
import org.samraad.platform.FieldError;
import org.samraad.platform.Validation;
import org.samraad.platform.ValidationException;

/**
 * Which year a report covers. Without a year: last year during the first quarter (the report goes to the political
 * committee then, and the new year has hardly begun), else the current year so far. A year after the council's
 * current one has nothing to report and is a field error, as is anything that is not a whole number from 1900.
 */
final class AnnualReportYear {
    static final int FIRST_YEAR = 1900;
    private static final int LAST_MONTH_OF_FIRST_QUARTER = 3;

    private AnnualReportYear() {}

    static int parse(String year, LocalDate councilToday) {
        if (Validation.isBlank(year)) {
            return councilToday.getMonthValue() <= LAST_MONTH_OF_FIRST_QUARTER
                    ? councilToday.getYear() - 1 : councilToday.getYear();
        }
        Integer parsed = whole(year);
        if (parsed == null || parsed < FIRST_YEAR || parsed > councilToday.getYear()) {
            throw new ValidationException(FieldError.of("year", "samraad.report.error.year",
                    String.valueOf(FIRST_YEAR), String.valueOf(councilToday.getYear())));
        }
        return parsed;
    }

    private static Integer whole(String value) {
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
