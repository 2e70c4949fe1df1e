package org.samraad.plan;

import java.util.List;

/**
 * A year's budget and what was spent, in whole minor units of {@code currency} (øre, öre, cent), shown in the annual
 * report only to the council's secretariat. {@code approvedPerDiems} is the sum of the per-diem lists the secretary
 * approved for the year's meetings, {@code approvedMeetings} how many meetings they cover.
 */
public record ReportBudget(
        String currency,
        List<Line> lines,
        long planned,
        long spent,
        long approvedPerDiems,
        int approvedMeetings) {

    public ReportBudget {
        lines = List.copyOf(lines);
    }

    /** One category (PER_DIEMS, CATERING, TRANSPORT, THEME_DAYS, OTHER). */
    public record Line(String category, long planned, long spent) {}
}
