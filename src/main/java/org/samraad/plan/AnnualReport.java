package org.samraad.plan;

import java.time.LocalDate;
import java.util.List;
import org.samraad.platform.rest.Iso8601;

/**
 * A council's annual report (årsrapport) for one calendar year: the secretariat's key figures, section by
 * section, and an easy-read summary of them in the reader's language. Percentages are null when nothing counts
 * yet: no rate is better than a made-up one.
 *
 * @param asOf the council's today while the year runs, else the year's last day: the figures are final from then
 * @param summary a few plain sentences built from the figures below
 * @param budget spending against the year's budget; null for all but the council's secretariat, or without a budget
 *     (a final version: as made final, shown to those who may edit or administer the space)
 * @param finalVersion when the secretariat made the report final: these are then the frozen figures; null while live
 * @param decisions the decisions of each meeting of the year whose minutes are approved, as approved (open items only:
 *     the report is public)
 */
public record AnnualReport(
        int councilId,
        String councilName,
        int year,
        @Iso8601 LocalDate asOf,
        boolean running,
        List<String> summary,
        ReportMeetings meetings,
        ReportAttendance attendance,
        ReportAgendaItems agendaItems,
        ReportHearings hearings,
        ReportActions actions,
        ReportEvents events,
        ReportBudget budget,
        ReportFinal finalVersion,
        List<ReportMeetingDecisions> decisions) {

    public AnnualReport {
        summary = List.copyOf(summary);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }

    /** The same figures with the easy-read sentences said about them. */
    AnnualReport withSummary(List<String> sentences) {
        return new AnnualReport(councilId, councilName, year, asOf, running, sentences, meetings, attendance,
                agendaItems, hearings, actions, events, budget, finalVersion, decisions);
    }

    /** The same figures, marked as the final version {@code mark} (null: live). */
    AnnualReport withFinal(ReportFinal mark) {
        return new AnnualReport(councilId, councilName, year, asOf, running, summary, meetings, attendance,
                agendaItems, hearings, actions, events, budget, mark, decisions);
    }

    /** The same figures with this budget section (null: none). */
    AnnualReport withBudget(ReportBudget shown) {
        return new AnnualReport(councilId, councilName, year, asOf, running, summary, meetings, attendance,
                agendaItems, hearings, actions, events, shown, finalVersion, decisions);
    }

    /** The same figures with only these hearings listed one by one (the totals stay). */
    AnnualReport withHearingLines(List<ReportHearing> lines) {
        return new AnnualReport(councilId, councilName, year, asOf, running, summary, meetings, attendance,
                agendaItems, hearings.withItems(lines), actions, events, budget, finalVersion, decisions);
    }

    /** A whole-number percentage, or null when there is nothing to divide by. */
    static Integer percent(int part, int whole) {
        return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
    }
}
