package org.samraad.plan;

/**
 * Hearings whose deadline falls in the year. {@code answered} were submitted (on time or late), {@code declined}
 * the council chose not to answer, {@code open} are still being worked on. The on-time figures are
 * {@link org.samraad.hearing.OnTimeRate}'s: of those owed an answer (submitted, or open past the deadline), the
 * share submitted on or before the deadline day.
 */
public record ReportHearings(
        int total,
        int answered,
        int declined,
        int open,
        int answeredOnTime,
        int owed,
        Integer onTimePercent) {}
