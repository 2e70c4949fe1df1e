package org.samraad.plan;

import java.util.List;

/**
 * Hearings whose deadline falls in the year. {@code answered} were submitted (on time or late), {@code declined}
 * the council chose not to answer, {@code open} are still being worked on. The on-time figures are
 * {@link org.samraad.hearing.OnTimeRate}'s: of those owed an answer (submitted, or open past the deadline), the
 * share submitted on or before the deadline day. {@code items} are those hearings one by one, by deadline, leaving out
 * a hearing whose response page the reader may not view (the figures count every hearing).
 */
public record ReportHearings(
        int total,
        int answered,
        int declined,
        int open,
        int answeredOnTime,
        int owed,
        Integer onTimePercent,
        List<ReportHearing> items) {

    public ReportHearings {
        items = List.copyOf(items);
    }

    /** The same figures with these hearings listed one by one. */
    ReportHearings withItems(List<ReportHearing> lines) {
        return new ReportHearings(total, answered, declined, open, answeredOnTime, owed, onTimePercent, lines);
    }
}
