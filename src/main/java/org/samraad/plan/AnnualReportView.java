package org.samraad.plan;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.LongFunction;

import java.util.ArrayList;
import java.util.List;
import org.samraad.platform.I18n;
import org.samraad.platform.ReaderDates;

/**
 * What the annual report template shows: every figure already in words in the reader's language, so the template
 * only lays out headings and tables. A rate without anything to count says why ("no meetings held").
 */
public record AnnualReportView(
        int councilId,
        String domId,
        String heading,
        String asOfText,
        List<String> summary,
        List<ReportFigureView> meetingFigures,
        List<ReportGroupLineView> attendanceLines,
        ReportGroupLineView attendanceTotal,
        List<ReportFigureView> itemFigures,
        List<ReportFigureView> hearingFigures,
        String hearingListCaption,
        List<ReportHearingLineView> hearingLines,
        List<ReportDecisionsView> decisions,
        List<ReportFigureView> eventFigures,
        String eventListCaption,
        List<ReportEventLineView> eventLines,
        List<ReportBudgetLineView> budgetLines,
        ReportBudgetLineView budgetTotal,
        String perDiemsText,
        List<ReportOrganisationLineView> organisationLines,
        ReportOrganisationLineView actionTotal,
        String overdueHeading) {

    /** @param pageLink a page's address by its id (a hearing's response page) */
    static AnnualReportView of(AnnualReport report, String domId, I18n i18n, LongFunction<String> pageLink) {
        String year = String.valueOf(report.year());
        ReportMeetings m = report.meetings();
        String noneHeld = i18n.text("samraad.report.none-held");
        List<ReportFigureView> meetings = List.of(
                figure(i18n, "samraad.report.meetings.planned", String.valueOf(m.planned())),
                figure(i18n, "samraad.report.meetings.held", String.valueOf(m.held())),
                figure(i18n, "samraad.report.meetings.cancelled", String.valueOf(m.cancelled())),
                figure(i18n, "samraad.report.meetings.agenda-on-time",
                        rate(i18n, m.agendaOnTime(), m.agendaCounted(), m.agendaOnTimePercent(), noneHeld)),
                figure(i18n, "samraad.report.meetings.minutes-on-time",
                        rate(i18n, m.minutesOnTime(), m.minutesCounted(), m.minutesOnTimePercent(),
                                m.held() == 0 ? noneHeld : i18n.text("samraad.report.none-due"))));
        List<ReportGroupLineView> groups = new ArrayList<>();
        for (ReportGroupAttendance group : report.attendance().groups()) {
            groups.add(new ReportGroupLineView(i18n.text("samraad.seat.group." + group.group().name()), group.expected(),
                    group.attended(), group.bySubstitute(), percentText(i18n, group.percent(), noneHeld)));
        }
        ReportAttendance a = report.attendance();
        ReportGroupLineView attendanceTotal = new ReportGroupLineView(i18n.text("samraad.report.total"), a.expected(),
                a.attended(), a.groups().stream().mapToInt(ReportGroupAttendance::bySubstitute).sum(),
                percentText(i18n, a.percent(), noneHeld));
        List<ReportFigureView> items = new ArrayList<>();
        for (ReportKindCount kind : report.agendaItems().kinds()) {
            items.add(new ReportFigureView(i18n.text("samraad.agenda.kind." + kind.kind().name()), String.valueOf(kind.count())));
        }
        items.add(figure(i18n, "samraad.report.items.total", String.valueOf(report.agendaItems().total())));
        items.add(figure(i18n, "samraad.report.items.decisions", String.valueOf(report.agendaItems().decisions())));
        items.add(figure(i18n, "samraad.report.items.dissents", String.valueOf(report.agendaItems().dissents())));
        ReportHearings h = report.hearings();
        List<ReportFigureView> hearings = List.of(
                figure(i18n, "samraad.report.hearings.total", String.valueOf(h.total())),
                figure(i18n, "samraad.report.hearings.answered", String.valueOf(h.answered())),
                figure(i18n, "samraad.report.hearings.on-time",
                        rate(i18n, h.answeredOnTime(), h.owed(), h.onTimePercent(), i18n.text("samraad.report.none-due"))),
                figure(i18n, "samraad.report.hearings.declined", String.valueOf(h.declined())),
                figure(i18n, "samraad.report.hearings.open", String.valueOf(h.open())));
        ReaderDates dates = ReaderDates.of(i18n);
        Function<LocalDate, String> day = dates::day;
        List<ReportHearingLineView> hearingLines = h.items().stream()
                .map(x -> new ReportHearingLineView(x.title(), x.pageId() == null ? null : pageLink.apply(x.pageId()),
                        text(x.receivedOn()), text(x.deadline()), text(x.submittedOn()),
                        x.deadlineState() == null ? null
                                : i18n.text("samraad.hearing.deadline-state." + x.deadlineState().name()),
                        x.issuingBody(), day.apply(x.receivedOn()), day.apply(x.deadline()),
                        day.apply(x.submittedOn())))
                .toList();
        List<ReportDecisionsView> decisions = report.decisions().stream()
                .map(g -> new ReportDecisionsView(
                        (g.title() != null ? g.title() : g.kind() == null ? i18n.text("samraad.report.decisions.minutes")
                                : i18n.text("samraad.meeting.kind." + g.kind().name())),
                        g.date().toString(), day.apply(g.date()), g.pageId() == null ? null : pageLink.apply(g.pageId()),
                        g.decisions().stream().map(d -> new ReportDecisionLineView(d.number() + ". " + d.title(),
                                d.decision())).toList(),
                        g.closedItems() == 0 ? null : i18n.text("samraad.report.decisions.closed", g.closedItems())))
                .toList();
        List<ReportEventLineView> eventLines = report.events().items().stream()
                .map(v -> new ReportEventLineView(v.title(), i18n.text("samraad.plan.kind." + v.kind().name()),
                        v.startDate().toString(),
                        day.apply(v.startDate()) + (v.endDate() == null ? "" : "–" + day.apply(v.endDate())), v.place(),
                        !v.held() ? i18n.text("samraad.report.events.planned-mark")
                                : v.visitors() == null ? i18n.text("samraad.report.events.not-counted")
                                : String.valueOf(v.visitors())))
                .toList();
        ReportEvents e = report.events();
        List<ReportFigureView> events = List.of(
                figure(i18n, "samraad.report.events.held", String.valueOf(e.held())),
                figure(i18n, "samraad.report.events.days", String.valueOf(e.days())),
                figure(i18n, "samraad.report.events.visitors", e.counted() == 0
                        ? i18n.text("samraad.report.events.none-counted")
                        : i18n.text("samraad.report.events.visitors-at", e.visitors(), e.counted())),
                figure(i18n, "samraad.report.events.planned", String.valueOf(e.planned())));
        ReportBudget b = report.budget();
        List<ReportBudgetLineView> budgetLines = b == null ? List.of() : b.lines().stream()
                .map(line -> budgetLine(i18n, i18n.text("samraad.budget.category." + line.category()), line.planned(),
                        line.spent(), b.currency()))
                .toList();
        ReportBudgetLineView budgetTotal = b == null ? null
                : budgetLine(i18n, i18n.text("samraad.report.total"), b.planned(), b.spent(), b.currency());
        String perDiems = b == null ? null : i18n.text("samraad.report.budget.per-diems", b.approvedMeetings(),
                money(i18n, b.approvedPerDiems(), b.currency()));
        List<ReportOrganisationLineView> organisations = report.actions().organisations().stream()
                .map(o -> new ReportOrganisationLineView(o.organisationName() == null
                        ? i18n.text("samraad.report.actions.no-organisation") : o.organisationName(),
                        o.created(), o.completed(), o.overdue()))
                .toList();
        ReportActions x = report.actions();
        return new AnnualReportView(report.councilId(), domId,
                i18n.text("samraad.report.heading", year, report.councilName()),
                i18n.text(report.running() ? "samraad.report.as-of-running" : "samraad.report.as-of", year,
                        dates.day(report.asOf())),
                report.summary(), meetings, groups, attendanceTotal, items, hearings,
                i18n.text("samraad.report.caption.hearing-list", year), hearingLines, decisions, events,
                i18n.text("samraad.report.caption.event-list", year), eventLines, budgetLines, budgetTotal,
                perDiems, organisations,
                new ReportOrganisationLineView(i18n.text("samraad.report.total"), x.created(), x.completed(), x.overdue()),
                i18n.text(report.running() ? "samraad.report.actions.overdue-now" : "samraad.report.actions.overdue"));
    }

    public boolean hasAttendance() {
        return !attendanceLines.isEmpty();
    }

    public boolean hasHearingLines() {
        return !hearingLines.isEmpty();
    }

    public boolean hasDecisions() {
        return !decisions.isEmpty();
    }

    public boolean hasEventLines() {
        return !eventLines.isEmpty();
    }

    public boolean hasBudget() {
        return budgetTotal != null;
    }

    /** An amount in whole minor units, formatted for the reader's language with its currency ("25.000,00 DKK"). */
    static String money(I18n i18n, long minorUnits, String currency) {
        return i18n.text("samraad.budget.money", java.math.BigDecimal.valueOf(minorUnits, 2), currency);
    }

    private static ReportBudgetLineView budgetLine(I18n i18n, String label, long planned, long spent, String currency) {
        return new ReportBudgetLineView(label, money(i18n, planned, currency), money(i18n, spent, currency),
                money(i18n, planned - spent, currency));
    }

    public boolean hasActions() {
        return !organisationLines.isEmpty();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static ReportFigureView figure(I18n i18n, String key, String value) {
        return new ReportFigureView(i18n.text(key), value);
    }

    private static String rate(I18n i18n, int part, int whole, Integer percent, String whenNone) {
        return percent == null ? whenNone : i18n.text("samraad.report.rate", part, whole, percent);
    }

    private static String percentText(I18n i18n, Integer percent, String whenNone) {
        return percent == null ? whenNone : i18n.text("samraad.report.percent", percent);
    }

    /**
     * Short on purpose: Velocity 1.7 calls toString() on each {@code #if($view)} to tell null from not
     * ({@code directive.if.tostring.nullcheck}), and a record's own toString would write out every row of the page.
     */
    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
