package org.samraad.plan;

import java.time.LocalDate;
import org.samraad.platform.DateRule;
import org.samraad.platform.Validation;

/**
 * Which year a report covers. Without a year: last year during the first quarter (the report goes to the political
 * committee then, and the new year has hardly begun), else the current year so far. A year after the council's
 * current one has nothing to report and is a field error, as is anything that is not a year of {@link DateRule}'s range.
 */
final class AnnualReportYear {
    private static final int LAST_MONTH_OF_FIRST_QUARTER = 3;

    private AnnualReportYear() {}

    static int parse(String year, LocalDate councilToday) {
        if (Validation.isBlank(year)) {
            return councilToday.getMonthValue() <= LAST_MONTH_OF_FIRST_QUARTER
                    ? councilToday.getYear() - 1 : councilToday.getYear();
        }
        Validation validation = new Validation();
        Integer parsed = validation.year("year", year, councilToday.getYear());
        validation.throwIfInvalid();
        return parsed;
    }
}
