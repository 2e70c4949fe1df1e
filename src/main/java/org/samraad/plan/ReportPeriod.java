package org.samraad.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The calendar year a report covers, in the council's zone: meetings starting from {@code start} (1 January,
 * 00:00 local) up to {@code end} (1 January of the next year). "Overdue at year end" is measured at {@code cutOff}:
 * the year's end, or now while the year is still running, so this year's report says what is overdue today.
 *
 * @param today the council's today (deadlines and targets are calendar days in the council's zone)
 */
record ReportPeriod(int year, ZoneId zone, Instant start, Instant end, Instant cutOff, LocalDate today) {

    static ReportPeriod of(int year, ZoneId zone, Instant now) {
        Instant start = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
        Instant end = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
        return new ReportPeriod(year, zone, start, end, now.isBefore(end) ? now : end, LocalDate.ofInstant(now, zone));
    }

    LocalDate firstDay() {
        return LocalDate.of(year, 1, 1);
    }

    LocalDate dayAfter() {
        return LocalDate.of(year + 1, 1, 1);
    }

    /** An action due on this day or later was not yet overdue at the cut-off. */
    LocalDate cutOffDay() {
        return today.isBefore(dayAfter()) ? today : dayAfter();
    }

    boolean running() {
        return today.getYear() == year;
    }

    /** The moment a calendar day of the council ends (deadlines run to the end of their day). */
    Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
