package org.samraad.plan;

import static org.samraad.platform.Validation.blankToNull;

import com.atlassian.confluence.security.Permission;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.samraad.council.Council;
import org.samraad.council.CouncilEntity;
import org.samraad.council.CouncilService;
import org.samraad.meeting.Meeting;
import org.samraad.meeting.MeetingInput;
import org.samraad.meeting.MeetingKind;
import org.samraad.meeting.MeetingService;
import org.samraad.platform.ReaderDates;
import org.samraad.platform.DateRule;
import org.samraad.platform.FieldError;
import org.samraad.platform.I18n;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.Transactions;
import org.samraad.platform.Validation;
import org.samraad.platform.ValidationException;
import org.samraad.platform.sql.RowLock;
import org.springframework.stereotype.Component;

/**
 * "Plan next year": a whole series of meetings from one pattern, created as PLANNED meeting records through
 * {@link MeetingService#create} (so each gets its deadlines, title and standing agenda items as a single meeting
 * would). The series has no pages yet: a meeting's page is created from the meeting blueprint when the secretary
 * opens the meeting, or with "Make the meeting page" in the plan. A day on which the council already has a meeting is
 * skipped, never doubled; {@link #preview} shows the days and those clashes before saving. All or nothing: one
 * transaction, so a meeting refused halfway leaves no part of the series behind.
 */
@Component
public class MeetingSeriesService {
    static final int MAX_MEETINGS = 52;
    static final int MAX_EVERY_WEEKS = 52;

    private final CouncilService councils;
    private final SpacePermissions permissions;
    private final MeetingService meetings;
    private final AnnualPlanService plans;
    private final Transactions transactions;
    private final RowLock rowLock;
    private final I18n i18n;

    public MeetingSeriesService(CouncilService councils, SpacePermissions permissions, MeetingService meetings,
            AnnualPlanService plans, Transactions transactions, RowLock rowLock, I18n i18n) {
        this.councils = councils;
        this.permissions = permissions;
        this.meetings = meetings;
        this.plans = plans;
        this.transactions = transactions;
        this.rowLock = rowLock;
        this.i18n = i18n;
    }

    /**
     * Plans the series' meetings, skipping each day on which the council already has a meeting (not cancelled): the
     * days {@link #preview} marks as clashes. Decided under the council's lock, the one every meeting creation
     * takes, so a meeting planned meanwhile is seen and skipped, never doubled.
     */
    public List<Meeting> create(int councilId, MeetingSeriesInput input) {
        Council council = councils.get(councilId);
        permissions.require(Permission.EDIT, council.spaceKey());
        if (input == null) {
            throw new ValidationException(List.of());
        }
        List<LocalDate> dates = dates(input, council);
        String kind = input.kind() == null || input.kind().isBlank() ? MeetingKind.ORDINARY.name() : input.kind();
        return transactions.inTransaction(() -> {
            rowLock.lock(CouncilEntity.class, council.id());
            Map<LocalDate, String> taken = meetings.meetingDays(council, dates);
            return dates.stream().filter(date -> !taken.containsKey(date))
                    .map(date -> meetings.create(councilId, new MeetingInput(kind, date.toString(),
                            blankToNull(input.startTime()), blankToNull(input.endTime()), blankToNull(input.place()),
                            input.openToPublic(), null, null, null)))
                    .toList();
        });
    }

    /**
     * The days {@link #create} would plan, in the reader's language, each day that already has a meeting marked
     * with that meeting's title (it will be skipped). Same permission and field errors as {@link #create}; two
     * statement after the council, to find the meetings on the series' days; nothing is written.
     */
    public MeetingSeriesPreview preview(int councilId, MeetingSeriesInput input) {
        Council council = councils.get(councilId);
        permissions.require(Permission.EDIT, council.spaceKey());
        if (input == null) {
            throw new ValidationException(List.of());
        }
        List<LocalDate> dates = dates(input, council);
        Map<LocalDate, String> taken = meetings.meetingDays(council, dates);
        ReaderDates words = ReaderDates.of(i18n);
        List<MeetingSeriesPreview.Day> days = dates.stream().map(date -> {
            String text = words.day(date);
            String clash = taken.get(date);
            return new MeetingSeriesPreview.Day(date, text, clash,
                    clash == null ? text : i18n.text("samraad.plan.series.preview.clash", text, clash));
        }).toList();
        int skipped = (int) days.stream().filter(day -> day.clash() != null).count();
        return new MeetingSeriesPreview(days, days.size() - skipped, skipped, i18n.text(
                "samraad.plan.series.preview.summary", days.size() - skipped, skipped));
    }

    /** The series' days, after checking every field of the pattern (all errors at once). */
    List<LocalDate> dates(MeetingSeriesInput input, Council council) {
        Validation validation = new Validation()
                .required("pattern", blankToNull(input.pattern()))
                .oneOf("pattern", blankToNull(input.pattern()), MeetingSeriesPattern.class)
                .required("startTime", blankToNull(input.startTime()))
                .oneOf("kind", blankToNull(input.kind()), MeetingKind.class);
        LocalTime start = validation.time("startTime", input.startTime());
        LocalTime end = validation.time("endTime", input.endTime());
        if (start != null && end != null && !end.isAfter(start)) {
            validation.add(FieldError.of("endTime", "samraad.meeting.error.end-before-start"));
        }
        LocalDate today = plans.today(council);
        MeetingSeriesPattern pattern = Validation.parse(input.pattern(), MeetingSeriesPattern.class);
        List<LocalDate> dates = pattern == MeetingSeriesPattern.MONTHLY ? monthly(validation, input, today)
                : pattern == MeetingSeriesPattern.WEEKLY ? weekly(validation, input) : List.of();
        if (dates.stream().anyMatch(date -> date.isBefore(today))) {
            validation.add(FieldError.of(pattern == MeetingSeriesPattern.MONTHLY ? "year" : "firstDate",
                    "samraad.plan.series.error.past"));
        }
        validation.throwIfInvalid();
        return dates;
    }

    private static List<LocalDate> monthly(Validation validation, MeetingSeriesInput input, LocalDate today) {
        int year = input.year() == null ? today.getYear() + 1 : input.year();
        validation.year("year", year);
        List<Integer> months = input.months() == null ? List.of() : input.months();
        if (months.isEmpty()) {
            validation.add(FieldError.of("months", "samraad.error.required"));
        } else if (months.stream().anyMatch(m -> m == null || m < 1 || m > 12)) {
            validation.add(FieldError.of("months", "samraad.plan.series.error.months"));
        }
        String week = blankToNull(input.week());
        validation.required("week", week).required("weekday", blankToNull(input.weekday()))
                .oneOf("weekday", blankToNull(input.weekday()), DayOfWeek.class);
        int ordinal = week == null ? 0 : "LAST".equals(week.toUpperCase(Locale.ROOT)) ? -1
                : Validation.wholeNumber(week) == null ? 0 : Validation.wholeNumber(week);
        if (week != null && (ordinal == 0 || ordinal > 4)) {
            validation.add(FieldError.of("week", "samraad.error.invalid-choice"));
        }
        DayOfWeek weekday = Validation.parse(input.weekday(), DayOfWeek.class);
        if (validation.hasErrorFor("year") || validation.hasErrorFor("months") || validation.hasErrorFor("week")
                || weekday == null) {
            return List.of();
        }
        List<LocalDate> dates = new ArrayList<>();
        for (int month : new TreeSet<>(months)) {
            LocalDate first = LocalDate.of(year, month, 1);
            dates.add(first.with(ordinal < 0 ? TemporalAdjusters.lastInMonth(weekday)
                    : TemporalAdjusters.dayOfWeekInMonth(ordinal, weekday)));
        }
        return dates;
    }

    private static List<LocalDate> weekly(Validation validation, MeetingSeriesInput input) {
        validation.required("firstDate", blankToNull(input.firstDate())).required("everyWeeks", input.everyWeeks())
                .required("count", input.count());
        LocalDate first = validation.date("firstDate", input.firstDate());
        if (input.everyWeeks() != null && (input.everyWeeks() < 1 || input.everyWeeks() > MAX_EVERY_WEEKS)) {
            validation.add(FieldError.of("everyWeeks", "samraad.plan.series.error.every-weeks",
                    String.valueOf(MAX_EVERY_WEEKS)));
        }
        if (input.count() != null && (input.count() < 1 || input.count() > MAX_MEETINGS)) {
            validation.add(FieldError.of("count", "samraad.plan.series.error.count", String.valueOf(MAX_MEETINGS)));
        }
        if (first == null || validation.hasErrorFor("everyWeeks") || validation.hasErrorFor("count")
                || input.everyWeeks() == null || input.count() == null) {
            return List.of();
        }
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < input.count(); i++) {
            dates.add(first.plusWeeks((long) i * input.everyWeeks()));
        }
        // the last meeting must be a day the plugin accepts, not only the first
        if (!DateRule.inRange(dates.get(dates.size() - 1))) {
            validation.add(FieldError.of("firstDate", "samraad.error.date-range",
                    DateRule.FIRST_DAY.toString(), DateRule.LAST_DAY.toString()));
            return List.of();
        }
        return dates;
    }
}
