package org.samraad.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import org.samraad.council.Council;
import org.samraad.meeting.MeetingStatus;
import org.samraad.platform.DateRule;
import org.samraad.platform.I18n;
import org.samraad.platform.OptionView;

/**
 * What the annual plan macro's template gets: the year as twelve months of lines and, for the wheel layout, the
 * wheel's segments and marks. The months' list is always rendered (it is the wheel's text for screen readers and
 * export). Texts are in the reader's language; nothing here carries markup.
 *
 * @param previousYearText the live page's link to the year before, in words; null outside the live page
 * @param nextYearText the live page's link to the year after, in words; null outside the live page
 */
public record AnnualPlanView(
        int councilId,
        String domId,
        String heading,
        int year,
        boolean wheel,
        String wheelTitle,
        List<AnnualPlanMonthView> months,
        List<AnnualPlanSegmentView> segments,
        List<AnnualPlanMarkView> marks,
        String todayX,
        String todayY,
        boolean showsToday,
        String summary,
        boolean feedOffered,
        boolean editable,
        String calendarPath,
        List<OptionView> kinds,
        List<OptionView> weekdays,
        List<OptionView> monthChoices,
        int nextYear,
        String previousYearText,
        String nextYearText) {

    static final int CENTRE = 170;
    static final int INNER = 70;
    static final int OUTER = 140;
    static final int MARKS = 152;
    static final int LABELS = 105;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    static AnnualPlanView of(Council council, AnnualPlan plan, LocalDate today, boolean wheel, String domId,
            boolean feedOffered, boolean editable, boolean navigable, String contextPath, LongFunction<String> pageLink,
            I18n i18n) {
        int year = plan.year();
        List<List<AnnualPlanLineView>> byMonth = new ArrayList<>();
        int[] counts = new int[12];
        for (int m = 0; m < 12; m++) {
            byMonth.add(new ArrayList<>());
        }
        boolean todayShown = today.getYear() != year;
        for (AnnualPlanItem item : plan.items()) {
            List<AnnualPlanLineView> lines = byMonth.get(item.date().getMonthValue() - 1);
            if (!todayShown && item.date().isAfter(today)) {
                byMonth.get(today.getMonthValue() - 1).add(todayLine(today, i18n));
                todayShown = true;
            }
            lines.add(line(item, pageLink, i18n));
            counts[item.date().getMonthValue() - 1]++;
        }
        if (!todayShown) {
            byMonth.get(today.getMonthValue() - 1).add(todayLine(today, i18n));
        }
        List<AnnualPlanMonthView> months = new ArrayList<>();
        List<AnnualPlanSegmentView> segments = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            boolean current = today.getYear() == year && today.getMonthValue() == m;
            String name = monthName(m, i18n);
            months.add(new AnnualPlanMonthView(m, domId + "-m" + m, name, current, byMonth.get(m - 1), counts[m - 1]));
            segments.add(segment(m, name, i18n.text("samraad.plan.macro.month-count", name,
                    String.valueOf(counts[m - 1])), current));
        }
        List<AnnualPlanMarkView> marks = plan.items().stream().map(item -> mark(item, year, i18n)).toList();
        double todayAngle = angle(today, year);
        List<OptionView> kinds = Arrays.stream(PlanEntryKind.values())
                .map(k -> new OptionView(k.name(), i18n.text("samraad.plan.kind." + k.name()))).toList();
        List<OptionView> weekdays = Arrays.stream(DayOfWeek.values())
                .map(d -> new OptionView(d.name(), i18n.text("samraad.plan.weekday." + d.name()))).toList();
        List<OptionView> monthChoices = Arrays.stream(Month.values())
                .map(mo -> new OptionView(String.valueOf(mo.getValue()), monthName(mo.getValue(), i18n))).toList();
        return new AnnualPlanView(council.id(), domId, i18n.text("samraad.plan.macro.heading", String.valueOf(year)),
                year, wheel, i18n.text("samraad.plan.macro.wheel-title", String.valueOf(year)), months, segments, marks,
                x(MARKS - 8, todayAngle), y(MARKS - 8, todayAngle), today.getYear() == year,
                i18n.text("samraad.plan.macro.summary", String.valueOf(plan.items().size())), feedOffered, editable,
                contextPath + "/rest/samraad/1.0/councils/" + council.id() + "/calendar.ics", kinds, weekdays,
                monthChoices, year + 1,
                navigable && year > DateRule.FIRST_YEAR ? i18n.text("samraad.plan.macro.previous-year",
                        String.valueOf(year - 1)) : null,
                navigable && year < DateRule.LAST_YEAR ? i18n.text("samraad.plan.macro.next-year",
                        String.valueOf(year + 1)) : null);
    }

    /** The year before, for the live page's "Previous year" link (shown only with {@link #previousYearText}). */
    public int previousYear() {
        return year - 1;
    }

    private static AnnualPlanLineView line(AnnualPlanItem item, LongFunction<String> pageLink, I18n i18n) {
        String time = item.startTime() == null ? null : item.startTime().format(TIME)
                + (item.endTime() == null ? "" : "–" + item.endTime().format(TIME));
        String status = switch (item.source()) {
            case MEETING -> i18n.text("samraad.meeting.status." + item.status());
            case HEARING_DEADLINE -> i18n.text("samraad.hearing.status." + item.status());
            case ENTRY -> null;
        };
        boolean pageless = item.source() == AnnualPlanSource.MEETING && item.pageId() == null
                && MeetingStatus.PLANNED.name().equals(item.status());
        String note = pageless ? i18n.text("samraad.plan.macro.no-page") : null;
        return new AnnualPlanLineView(item.date().toString(), dateText(item.date(), i18n), time, kindText(item, i18n),
                kindClass(item), item.title(), item.pageId() == null ? null : pageLink.apply(item.pageId()), status,
                item.place(), note, item.source() == AnnualPlanSource.ENTRY ? item.id() : null, item.version(),
                i18n.text("samraad.plan.macro.delete", item.title()), i18n.text("samraad.plan.macro.change", item.title()),
                false,
                item.endDate() == null ? null : item.endDate().toString(),
                item.endDate() == null ? null : dateText(item.endDate(), i18n), staffText(item.staff(), i18n),
                item.visitors() == null ? null : i18n.text("samraad.plan.macro.visitors", item.visitors()),
                pageless ? Integer.valueOf(item.id()) : null,
                pageless ? i18n.text("samraad.plan.macro.make-page.label", item.title()) : null);
    }

    /** "Leif Redestig (Socialförvaltningen), Maskrosbarn": each person with their organisation, or either alone. */
    static String staffText(List<PlanStaff> staff, I18n i18n) {
        if (staff == null || staff.isEmpty()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (PlanStaff line : staff) {
            lines.add(line.name() == null ? line.organisationName() : line.organisationName() == null ? line.name()
                    : i18n.text("samraad.plan.macro.staff-person", line.name(), line.organisationName()));
        }
        return i18n.text("samraad.plan.macro.staff", String.join(", ", lines));
    }

    private static AnnualPlanLineView todayLine(LocalDate today, I18n i18n) {
        return new AnnualPlanLineView(today.toString(), dateText(today, i18n), null,
                i18n.text("samraad.plan.macro.today"), "samraad-plan-today", null, null, null, null, null, null, 0, null,
                null, true, null, null, null, null, null, null);
    }

    static String kindText(AnnualPlanItem item, I18n i18n) {
        return switch (item.source()) {
            case MEETING -> i18n.text("samraad.meeting.kind." + item.kind());
            case HEARING_DEADLINE -> i18n.text("samraad.plan.kind.DEADLINE");
            case ENTRY -> i18n.text("samraad.plan.kind." + item.kind());
        };
    }

    /** One class per source (entries share one): the wheel's marks differ in shape as well as colour. */
    private static String kindClass(AnnualPlanItem item) {
        return switch (item.source()) {
            case MEETING -> "samraad-plan-meeting";
            case HEARING_DEADLINE -> "samraad-plan-deadline";
            case ENTRY -> "samraad-plan-entry";
        };
    }

    static String dateText(LocalDate date, I18n i18n) {
        return i18n.text("samraad.plan.date", i18n.text("samraad.plan.weekday-short." + date.getDayOfWeek().name()),
                String.valueOf(date.getDayOfMonth()), monthName(date.getMonthValue(), i18n));
    }

    static String monthName(int month, I18n i18n) {
        return i18n.text("samraad.plan.month." + month);
    }

    private static AnnualPlanMarkView mark(AnnualPlanItem item, int year, I18n i18n) {
        double angle = angle(item.date(), year);
        String title = dateText(item.date(), i18n) + ": " + kindText(item, i18n) + " – " + item.title();
        return new AnnualPlanMarkView(x(MARKS, angle), y(MARKS, angle), kindClass(item), title);
    }

    private static AnnualPlanSegmentView segment(int month, String name, String title, boolean current) {
        MonthGeometry geometry = MONTHS[month - 1];
        return new AnnualPlanSegmentView(geometry.path(), geometry.labelX(), geometry.labelY(), name, title, current);
    }

    /** A month's segment of the wheel and where its name goes: the same in every render, so worked out once. */
    private record MonthGeometry(String path, String labelX, String labelY) {
        static MonthGeometry of(int month) {
            double from = (month - 1) * 30.0;
            double to = month * 30.0;
            double middle = from + 15;
            String path = "M " + x(OUTER, from) + " " + y(OUTER, from)
                    + " A " + OUTER + " " + OUTER + " 0 0 1 " + x(OUTER, to) + " " + y(OUTER, to)
                    + " L " + x(INNER, to) + " " + y(INNER, to)
                    + " A " + INNER + " " + INNER + " 0 0 0 " + x(INNER, from) + " " + y(INNER, from) + " Z";
            return new MonthGeometry(path, x(LABELS, middle), y(LABELS, middle));
        }
    }

    private static final MonthGeometry[] MONTHS = java.util.stream.IntStream.rangeClosed(1, 12)
            .mapToObj(MonthGeometry::of).toArray(MonthGeometry[]::new);

    /** Degrees clockwise from twelve o'clock: January starts at the top. */
    static double angle(LocalDate date, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        return 360.0 * (date.getDayOfYear() - 0.5) / first.lengthOfYear();
    }

    static String x(double radius, double degrees) {
        return number(CENTRE + radius * Math.sin(Math.toRadians(degrees)));
    }

    static String y(double radius, double degrees) {
        return number(CENTRE - radius * Math.cos(Math.toRadians(degrees)));
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
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
