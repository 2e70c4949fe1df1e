package org.samraad.plan;

import static org.samraad.plan.AnnualReport.percent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.samraad.council.Council;
import org.samraad.council.CouncilService;
import org.samraad.council.CouncilZone;
import org.samraad.council.SeatGroup;
import org.samraad.council.Term;
import org.samraad.hearing.HearingDeadline;
import org.samraad.hearing.HearingStatus;
import org.samraad.hearing.OnTimeRate;
import org.samraad.meeting.AgendaItemKind;
import org.samraad.meeting.ApprovedDecisions;
import org.samraad.meeting.AttendanceStatus;
import org.samraad.meeting.MeetingKind;
import org.samraad.meeting.MeetingStatus;
import org.samraad.platform.PagePermissions;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Validation;
import org.springframework.stereotype.Component;

/**
 * A council's annual report for those who may view the council's space (anyone else: 404). Three SQL statements at
 * most, whether live or final, for readers and editors alike: the council ({@link CouncilService#get}) and
 * {@link AnnualReportQuery}'s one statement for every section, which also finds the sequence of the year's newest
 * final version; then either that final version ({@link FinalReports#at}) or, while live, the budget
 * ({@link ReportBudgetSource}) when the caller may edit the space.
 */
@Component
public class AnnualReportService {
    private final CouncilService councils;
    private final AnnualReportQuery query;
    private final ReportSummary summaries;
    private final TimeSource time;
    private final PagePermissions pages;
    private final List<ReportBudgetSource> budgets;
    private final FinalReports finals;
    private final SpacePermissions spaces;

    public AnnualReportService(CouncilService councils, AnnualReportQuery query, ReportSummary summaries,
            TimeSource time, PagePermissions pages, List<ReportBudgetSource> budgets, FinalReports finals,
            SpacePermissions spaces) {
        this.spaces = spaces;
        this.budgets = budgets;
        this.councils = councils;
        this.query = query;
        this.summaries = summaries;
        this.time = time;
        this.pages = pages;
        this.finals = finals;
    }

    /** @param year as given by a caller; blank for the default year (see {@link AnnualReportYear}) */
    public AnnualReport report(int councilId, String year) {
        return report(councils.get(councilId), year);
    }

    /**
     * For a council the caller was already allowed to see (resolved through {@link CouncilService}). A year made
     * final reads its newest final version, whose sequence the sections' statement found (one statement more); any
     * other year is live.
     */
    public AnnualReport report(Council council, String year) {
        ReportPeriod period = period(council, year);
        ReportRows rows = query.read(council.id(), period);
        Optional<FinalReports.Stored> stored = rows.finalSequence() == null ? Optional.empty()
                : finals.at(council.id(), period.year(), rows.finalSequence());
        return stored.map(s -> forReader(council, frozenBudgetFor(council, finalVersion(council, s))))
                .orElseGet(() -> forReader(council, figures(council, period, rows)));
    }

    /**
     * A final version's budget as made final (by the secretariat) goes to those who may edit or administer the
     * space: the live rule's serving secretary would cost a statement, and the budget stays hidden from readers.
     */
    private AnnualReport frozenBudgetFor(Council council, AnnualReport finalVersion) {
        boolean insider = spaces.canEdit(council.spaceKey()) || spaces.canAdminister(council.spaceKey());
        return insider ? finalVersion : finalVersion.withBudget(null);
    }

    /** The year a caller asks for, in the council's zone, as of now. */
    ReportPeriod period(Council council, String year) {
        Instant now = time.now();
        LocalDate today = CouncilZone.today(now, council.locale());
        return ReportPeriod.of(AnnualReportYear.parse(year, today), CouncilZone.forLocale(council.locale()), now);
    }

    /**
     * The live figures of the year, every hearing listed, without the summary, with the budget for the council's
     * secretariat: what making final freezes.
     */
    AnnualReport figures(Council council, ReportPeriod period) {
        return figures(council, period, query.read(council.id(), period));
    }

    private AnnualReport figures(Council council, ReportPeriod period, ReportRows rows) {
        ReportMeetings meetings = meetings(rows.meetings(), period);
        ReportAttendance attendance = attendance(rows.memberMeetings(), period);
        ReportAgendaItems items = items(rows.items());
        ReportHearings hearings = hearings(rows.hearings(), rows.hearings(), period);
        ReportActions actions = actions(rows.actions());
        ReportEvents events = events(rows.entries(), period);
        LocalDate asOf = period.running() ? period.today() : period.dayAfter().minusDays(1);
        return new AnnualReport(council.id(), council.name(), period.year(), asOf, period.running(),
                List.of(), meetings, attendance, items, hearings, actions, events, budget(council, period.year()), null,
                decisions(rows.meetings(), period));
    }

    /** A stored final version, marked with its sequence and the council's day it was made final. */
    static AnnualReport finalVersion(Council council, FinalReports.Stored stored) {
        return stored.report().withFinal(new ReportFinal(stored.sequence(), stored.finalisedAt(),
                LocalDate.ofInstant(stored.finalisedAt(), CouncilZone.forLocale(council.locale()))));
    }

    /**
     * The report as the caller reads it: each hearing listed only when the caller may view its response page, as in
     * the register (the figures count every hearing), and the easy-read summary in the council's language, as the
     * final report's page has it.
     */
    AnnualReport forReader(Council council, AnnualReport report) {
        AnnualReport shown = report.withHearingLines(pages.viewable(report.hearings().items(), ReportHearing::pageId));
        return shown.withSummary(summaries.in(Locale.forLanguageTag(council.locale())).sentences(shown));
    }

    static ReportMeetings meetings(List<ReportRows.Meeting> rows, ReportPeriod period) {
        int planned = 0;
        int held = 0;
        int cancelled = 0;
        int agendaOnTime = 0;
        int agendaCounted = 0;
        int minutesOnTime = 0;
        int minutesCounted = 0;
        for (ReportRows.Meeting row : rows) {
            MeetingStatus status = Validation.parse(row.status(), MeetingStatus.class);
            if (status == MeetingStatus.CANCELLED) {
                cancelled++;
                continue;
            }
            planned++;
            if (!status.wasHeld()) {
                continue;
            }
            held++;
            if (row.dispatchDeadline() != null) {
                agendaCounted++;
                // measured from the dispatch: a published agenda that never went out is not on time
                if (row.agendaSentAt() != null
                        && row.agendaSentAt().isBefore(period.endOf(row.dispatchDeadline()))) {
                    agendaOnTime++;
                }
            }
            if (row.minutesTarget() != null
                    && (row.minutesApprovedAt() != null || row.minutesTarget().isBefore(period.today()))) {
                minutesCounted++;
                if (row.minutesApprovedAt() != null
                        && row.minutesApprovedAt().isBefore(period.endOf(row.minutesTarget()))) {
                    minutesOnTime++;
                }
            }
        }
        return new ReportMeetings(planned, held, cancelled, agendaOnTime, agendaCounted,
                percent(agendaOnTime, agendaCounted), minutesOnTime, minutesCounted, percent(minutesOnTime, minutesCounted));
    }

    static ReportAttendance attendance(List<ReportRows.MemberMeeting> rows, ReportPeriod period) {
        Map<SeatGroup, int[]> byGroup = new EnumMap<>(SeatGroup.class);
        for (ReportRows.MemberMeeting row : rows) {
            LocalDate day = LocalDate.ofInstant(row.startsAt(), period.zone());
            if (!new Term(row.termStart(), row.termEnd()).contains(day)) {
                continue;
            }
            SeatGroup group = Validation.parse(row.seatGroup(), SeatGroup.class);
            int[] counts = byGroup.computeIfAbsent(group == null ? SeatGroup.OTHER : group, g -> new int[3]);
            counts[0]++;
            AttendanceStatus status = Validation.parse(row.status(), AttendanceStatus.class);
            if (status != null && status.seatTaken()) {
                counts[1]++;
            }
            if (status == AttendanceStatus.SUBSTITUTE_ATTENDED) {
                counts[2]++;
            }
        }
        List<ReportGroupAttendance> groups = new ArrayList<>();
        int expected = 0;
        int attended = 0;
        for (Map.Entry<SeatGroup, int[]> entry : byGroup.entrySet()) {
            int[] counts = entry.getValue();
            groups.add(new ReportGroupAttendance(entry.getKey(), counts[0], counts[1], counts[2], percent(counts[1], counts[0])));
            expected += counts[0];
            attended += counts[1];
        }
        return new ReportAttendance(groups, expected, attended, percent(attended, expected));
    }

    /**
     * The decisions of each meeting whose minutes are approved, as approved (the snapshot the meetings' branch read),
     * by date; meetings approved before snapshots existed have none to read and are left out.
     */
    static List<ReportMeetingDecisions> decisions(List<ReportRows.Meeting> rows, ReportPeriod period) {
        return rows.stream().filter(row -> row.minutes() != null)
                .sorted(Comparator.comparing(ReportRows.Meeting::startsAt).thenComparingInt(ReportRows.Meeting::id))
                .map(row -> {
                    ApprovedDecisions.Of approved = ApprovedDecisions.of(row.minutes());
                    return new ReportMeetingDecisions(row.id(), row.title(),
                            Validation.parse(row.kind(), MeetingKind.class),
                            LocalDate.ofInstant(row.startsAt(), period.zone()), row.pageId(),
                            approved.decisions().stream().map(d -> new ReportMeetingDecisions.Decision(d.number(),
                                    d.title(), d.decision())).toList(), approved.closedItems());
                }).toList();
    }

    static ReportAgendaItems items(List<ReportRows.Items> rows) {
        Map<AgendaItemKind, Integer> byKind = new EnumMap<>(AgendaItemKind.class);
        int decisions = 0;
        int dissents = 0;
        for (ReportRows.Items row : rows) {
            AgendaItemKind kind = Validation.parse(row.kind(), AgendaItemKind.class);
            if (kind != null) {
                byKind.merge(kind, row.count(), Integer::sum);
                decisions += row.decisions();
                dissents += row.dissents();
            }
        }
        List<ReportKindCount> kinds = new ArrayList<>();
        int total = 0;
        for (AgendaItemKind kind : AgendaItemKind.values()) {
            if (kind != AgendaItemKind.STANDING) {
                int count = byKind.getOrDefault(kind, 0);
                kinds.add(new ReportKindCount(kind, count));
                total += count;
            }
        }
        return new ReportAgendaItems(kinds, total, decisions, dissents);
    }

    static ReportHearings hearings(List<ReportRows.Hearing> rows, List<ReportRows.Hearing> shown,
            ReportPeriod period) {
        List<OnTimeRate.Deadlines> deadlines = new ArrayList<>();
        int answered = 0;
        int declined = 0;
        int open = 0;
        for (ReportRows.Hearing row : rows) {
            HearingStatus status = Validation.parse(row.status(), HearingStatus.class);
            if (status == null) {
                continue;
            }
            deadlines.add(new OnTimeRate.Deadlines(status, row.deadline(), row.submittedOn()));
            switch (status) {
                case SUBMITTED -> answered++;
                case DECLINED -> declined++;
                default -> open++;
            }
        }
        OnTimeRate rate = OnTimeRate.of(period.year(), deadlines, period.today());
        List<ReportHearing> items = shown.stream()
                .filter(row -> Validation.parse(row.status(), HearingStatus.class) != null)
                .map(row -> {
                    HearingStatus status = Validation.parse(row.status(), HearingStatus.class);
                    return new ReportHearing(row.id(), row.title(), row.receivedOn(), row.deadline(),
                            row.submittedOn(), status, HearingDeadline.state(status, row.deadline(),
                                    row.submittedOn(), period.today()), row.pageId(), row.issuingBody());
                })
                .sorted(Comparator.comparing(ReportHearing::deadline).thenComparingInt(ReportHearing::id))
                .toList();
        return new ReportHearings(deadlines.size(), answered, declined, open, rate.answeredOnTime(), rate.counted(),
                rate.percent(), items);
    }

    private ReportBudget budget(Council council, int year) {
        return budgets.stream().map(source -> source.budget(council, year)).flatMap(Optional::stream).findFirst()
                .orElse(null);
    }

    /** What the report lists one by one of the plan's own entries: the days and events people come to. */
    private static final java.util.Set<PlanEntryKind> LISTED_EVENTS =
            java.util.EnumSet.of(PlanEntryKind.THEME_DAY, PlanEntryKind.CONFERENCE, PlanEntryKind.EVENT);

    /**
     * Entries that started by the cut-off were held; their days run from the start's day to the end date. Theme
     * days, conferences and events are also listed, by start.
     */
    static ReportEvents events(List<ReportRows.Entry> rows, ReportPeriod period) {
        int held = 0;
        int planned = 0;
        int days = 0;
        int visitors = 0;
        int counted = 0;
        List<ReportEvent> items = new ArrayList<>();
        for (ReportRows.Entry row : rows) {
            LocalDate first = LocalDate.ofInstant(row.startsAt(), period.zone());
            boolean wasHeld = row.startsAt().isBefore(period.cutOff());
            PlanEntryKind kind = Validation.parse(row.kind(), PlanEntryKind.class);
            if (kind != null && LISTED_EVENTS.contains(kind)) {
                items.add(new ReportEvent(row.id(), kind, row.title(), first,
                        row.endDate() == null || !row.endDate().isAfter(first) ? null : row.endDate(), row.place(),
                        row.visitors(), wasHeld));
            }
            if (!wasHeld) {
                planned++;
                continue;
            }
            held++;
            days += row.endDate() == null || !row.endDate().isAfter(first) ? 1
                    : (int) java.time.temporal.ChronoUnit.DAYS.between(first, row.endDate()) + 1;
            if (row.visitors() != null) {
                visitors += row.visitors();
                counted++;
            }
        }
        items.sort(Comparator.comparing(ReportEvent::startDate).thenComparingInt(ReportEvent::id));
        return new ReportEvents(held, planned, days, visitors, counted, items);
    }

    static ReportActions actions(List<ReportRows.Actions> rows) {
        List<ReportOrganisationActions> organisations = rows.stream()
                .filter(row -> row.created() + row.completed() + row.overdue() > 0)
                .map(row -> new ReportOrganisationActions(row.organisationId(), row.organisationName(), row.created(),
                        row.completed(), row.overdue()))
                .sorted(Comparator.comparing((ReportOrganisationActions o) -> o.organisationId() == null)
                        .thenComparing(o -> o.organisationName() == null ? "" : o.organisationName(),
                                String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new ReportActions(organisations,
                organisations.stream().mapToInt(ReportOrganisationActions::created).sum(),
                organisations.stream().mapToInt(ReportOrganisationActions::completed).sum(),
                organisations.stream().mapToInt(ReportOrganisationActions::overdue).sum());
    }
}
