package org.samraad.involvement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.samraad.platform.I18n;
import org.samraad.platform.Paragraphs;
import org.samraad.platform.ReaderDates;

/**
 * What the {@code samraad-involvement} template shows in one of its views (status, coverage, timeline, heard), every
 * text formatted here in the reader's language; the template only lays it out.
 */
public record InvolvementView(
        String domId,
        String heading,
        String viewHeading,
        String view,
        String countsText,
        String deadlineText,
        String csvPath,
        List<InvolvementGroupView> statusGroups,
        String coverageSummary,
        List<String> targetGroups,
        List<CoverageRowView> coverageRows,
        List<TimelineLineView> timeline,
        List<HeardView> heard,
        InvolvementEditing editing) {

    public boolean showsStatus() {
        return "status".equals(view);
    }

    public boolean showsCoverage() {
        return "coverage".equals(view);
    }

    public boolean showsTimeline() {
        return "timeline".equals(view);
    }

    public boolean showsHeard() {
        return "heard".equals(view);
    }

    public boolean hasStatusGroups() {
        return !statusGroups.isEmpty();
    }

    public boolean hasCoverage() {
        return !coverageRows.isEmpty() && !targetGroups.isEmpty();
    }

    public boolean hasTimeline() {
        return !timeline.isEmpty();
    }

    public boolean hasHeard() {
        return !heard.isEmpty();
    }

    /** The forms to add, change and delete actors and to set the process: only for space editors in the live page. */
    public boolean editable() {
        return editing != null;
    }

    static InvolvementView of(InvolvementReads.InvolvementProcess process, InvolvementMacro.View view, String domId,
            LocalDate today, boolean editable, I18n i18n) {
        StoredSettings settings = process.settings();
        Map<Integer, String> groups = InvolvementCsv.names(settings.targetGroups());
        Map<Integer, String> dimensions = InvolvementCsv.names(settings.dimensions());
        List<InvolvementActor> actors = process.actors();
        long heard = actors.stream().filter(a -> a.status() == ActorStatus.HELD).count();
        long expected = actors.stream().filter(a -> a.status().isExpected()).count();
        Texts texts = new Texts(i18n, groups, dimensions);

        List<InvolvementGroupView> statusGroups = new ArrayList<>();
        List<String> targetGroups = new ArrayList<>();
        List<CoverageRowView> rows = new ArrayList<>();
        List<TimelineLineView> timeline = new ArrayList<>();
        List<HeardView> heardViews = new ArrayList<>();
        switch (view) {
            case STATUS -> {
                for (ActorStatus status : ActorStatus.values()) {
                    List<InvolvementLineView> lines = actors.stream().filter(a -> a.status() == status)
                            .map(texts::line).toList();
                    if (!lines.isEmpty()) {
                        statusGroups.add(new InvolvementGroupView(status.name(), i18n.text(
                                "samraad.involvement.macro.status-group", texts.status(status), lines.size()), lines));
                    }
                }
            }
            case COVERAGE -> {
                settings.targetGroups().forEach(g -> targetGroups.add(g.name()));
                List<Coverage.Cell> cells = process.coverage().cells();
                int perRow = settings.targetGroups().size();
                for (int d = 0; d < settings.dimensions().size() && perRow > 0; d++) {
                    rows.add(new CoverageRowView(settings.dimensions().get(d).name(),
                            cells.subList(d * perRow, (d + 1) * perRow).stream()
                                    .map(c -> new CoverageCellView(c.text(), c.isGap())).toList()));
                }
            }
            case TIMELINE -> actors.stream()
                    .sorted(Comparator.comparing(InvolvementView::day, Comparator.nullsLast(Comparator.naturalOrder())))
                    .forEach(a -> {
                        LocalDate day = day(a);
                        boolean late = day != null && settings.deadline() != null && day.isAfter(settings.deadline());
                        timeline.add(new TimelineLineView(day == null ? null : day.toString(),
                                day == null ? i18n.text("samraad.involvement.macro.undated")
                                        : ReaderDates.of(i18n).day(day),
                                a.title(), texts.forms(a), texts.status(a.status()),
                                late ? i18n.text("samraad.involvement.macro.after-deadline") : null));
                    });
            case HEARD -> actors.stream().filter(a -> a.status() == ActorStatus.HELD)
                    .sorted(Comparator.comparing(InvolvementActor::heldOn, Comparator.nullsLast(Comparator.naturalOrder())))
                    .forEach(a -> heardViews.add(new HeardView(a.title(), texts.forms(a),
                            a.heldOn() == null ? null : a.heldOn().toString(),
                            InvolvementCsv.join(a.targetGroupIds(), groups),
                            InvolvementCsv.join(a.dimensionIds(), dimensions),
                            Paragraphs.of(a.findings()), Paragraphs.of(a.easyRead()),
                            ReaderDates.of(i18n).day(a.heldOn()))));
        }
        return new InvolvementView(domId,
                i18n.text("samraad.involvement.macro.heading", process.council().name()),
                i18n.text("samraad.involvement.macro.heading." + view.parameter()),
                view.parameter(),
                i18n.text("samraad.involvement.macro.counts", actors.size(), heard, expected),
                deadlineText(settings.deadline(), today, i18n),
                "/rest/samraad/1.0/councils/" + process.council().id() + "/involvement.csv",
                statusGroups, process.coverage().summary(), targetGroups, rows, timeline, heardViews,
                editable && view == InvolvementMacro.View.STATUS
                        ? InvolvementEditing.of(process.council().id(), settings, i18n) : null);
    }

    private static LocalDate day(InvolvementActor actor) {
        return actor.heldOn() != null ? actor.heldOn() : actor.plannedOn();
    }

    static String deadlineText(LocalDate deadline, LocalDate today, I18n i18n) {
        if (deadline == null) {
            return i18n.text("samraad.involvement.macro.no-deadline");
        }
        long days = ChronoUnit.DAYS.between(today, deadline);
        String day = ReaderDates.of(i18n).day(deadline);
        return days == 0 ? i18n.text("samraad.involvement.macro.deadline-today", day)
                : days == 1 ? i18n.text("samraad.involvement.macro.day-left", day)
                : days > 1 ? i18n.text("samraad.involvement.macro.days-left", days, day)
                : days == -1 ? i18n.text("samraad.involvement.macro.day-passed", day)
                : i18n.text("samraad.involvement.macro.days-passed", -days, day);
    }

    /** The texts of one render, in the reader's language. */
    private record Texts(I18n i18n, Map<Integer, String> groups, Map<Integer, String> dimensions) {
        String status(ActorStatus status) {
            return i18n.text("samraad.involvement.status." + status.name());
        }

        String forms(InvolvementActor actor) {
            return actor.forms().stream().map(f -> i18n.text("samraad.involvement.form." + f.name()))
                    .collect(Collectors.joining(", "));
        }

        InvolvementLineView line(InvolvementActor a) {
            LocalDate day = day(a);
            String when = day == null ? null : i18n.text(a.heldOn() != null
                    ? "samraad.involvement.field.held-on" : "samraad.involvement.field.planned-on") + " "
                    + ReaderDates.of(i18n).day(day);
            String covered = InvolvementCsv.join(a.targetGroupIds(), groups);
            String dims = InvolvementCsv.join(a.dimensionIds(), dimensions);
            return new InvolvementLineView(a.id(), a.title(), forms(a), when, a.staffName(), a.contactName(),
                    covered.isEmpty() ? null : covered, dims.isEmpty() ? null : dims, a.version(),
                    i18n.text("samraad.involvement.edit.change-actor", a.title()),
                    i18n.text("samraad.involvement.edit.delete-actor", a.title()));
        }
    }

    /** Velocity's {@code #if} asks for a view's text; a record's own formats every component (ViewRecordsTest). */
    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
