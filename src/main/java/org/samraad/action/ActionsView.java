package org.samraad.action;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.samraad.council.Council;
import org.samraad.platform.I18n;
import org.samraad.platform.OptionView;

/**
 * What the register template shows; plain values only (the template may call nothing else, and every getter it
 * calls is on the Velocity allowlist). Built from the {@link ActionRegister} the service read for a viewer who may
 * see the council; texts that take numbers are formatted here, in the reader's language.
 *
 * @param domId prefix for the element ids of this macro on the page (a page may show two registers)
 * @param shownText "n of N shown": the register shows its first page only, the CSV has them all
 * @param interactive the live page view: the CSV link is offered
 * @param editable the live page view and the viewer may edit the council's space: inline changes are offered
 * @param csvPath the CSV export with the macro's filters, relative to the context path, already URL-encoded
 * @param listPath the REST list with the same filters (the script adds limit and offset to page), encoded likewise
 * @param pageSize how many rows a page has
 * @param total how many actions match in all
 */
public record ActionsView(
        int councilId,
        String domId,
        String heading,
        String caption,
        String shownText,
        List<ActionLineView> lines,
        List<ActionTotalView> statusTotals,
        List<ActionTotalView> organisationTotals,
        boolean interactive,
        boolean editable,
        String csvPath,
        List<OptionView> statusOptions,
        ActionColumns columns,
        String listPath,
        int pageSize,
        int total) {
    static final String CSV_PATH = "/rest/samraad/1.0/actions.csv";
    static final String LIST_PATH = "/rest/samraad/1.0/actions";

    public ActionsView {
        lines = List.copyOf(lines);
        statusTotals = List.copyOf(statusTotals);
        organisationTotals = List.copyOf(organisationTotals);
        statusOptions = List.copyOf(statusOptions);
    }

    public boolean hasLines() {
        return !lines.isEmpty();
    }

    public boolean hasOrganisationTotals() {
        return !organisationTotals.isEmpty();
    }

    /** More actions match than the first page shows: the live page offers paging. */
    public boolean hasMorePages() {
        return total > lines.size();
    }

    static ActionsView of(Council council, ActionRegister register, ActionFilter filter, ActionColumns columns,
            boolean interactive, boolean editable, String domId, I18n i18n) {
        ActionPage page = register.page();
        LineTexts texts = LineTexts.of(i18n);
        List<ActionLineView> lines = page.items().stream()
                .map(a -> line(a, register.unreached().contains(a.id()), texts)).toList();
        List<ActionTotalView> statusTotals = new ArrayList<>();
        for (ActionStatus status : ActionStatus.values()) {
            if (filter.statuses().isEmpty() || filter.statuses().contains(status)) {
                statusTotals.add(new ActionTotalView(texts.status(status), register.total(status)));
            }
        }
        List<ActionTotalView> organisationTotals = register.organisationTotals().stream()
                .map(t -> new ActionTotalView(t.name() != null ? t.name()
                        : i18n.text(t.organisationId() == null ? "samraad.action.macro.no-organisation"
                                : "samraad.action.macro.unknown-organisation"), t.count()))
                .toList();
        boolean mine = ActionFilter.ME.equals(filter.owner());
        String heading = i18n.text(mine ? "samraad.action.macro.heading-mine" : "samraad.action.macro.heading",
                council.name());
        String caption = i18n.text("samraad.action.macro.caption",
                i18n.text("samraad.action.macro.sort." + filter.sort().apiName()));
        String shownText = i18n.text("samraad.action.macro.shown", lines.size(), page.total());
        List<OptionView> options = editable
                ? Arrays.stream(ActionStatus.values())
                        .map(s -> new OptionView(s.name(), texts.status(s))).toList()
                : List.of();
        return new ActionsView(council.id(), domId, heading, caption, shownText, lines, statusTotals,
                organisationTotals, interactive, editable, CSV_PATH + "?" + query(council, filter), options, columns,
                LIST_PATH + "?" + query(council, filter), filter.limit(), page.total());
    }

    private static ActionLineView line(ActionItem a, boolean unreached, LineTexts texts) {
        String due = a.dueDate() == null ? null : a.dueDate().toString();
        return new ActionLineView(a.id(), a.version(), a.title(), a.ownerName(), a.organisationName(), due,
                due != null ? due : texts.noDueDate(), a.status().name(), texts.status(a.status()), a.percentDone(),
                a.overdue(), a.overdue() ? texts.overdue() : null, unreached ? texts.unreached() : null);
    }

    /** The texts every row repeats, looked up once per render instead of once or twice per row. */
    private record LineTexts(Map<ActionStatus, String> statuses, String noDueDate, String overdue, String unreached) {
        static LineTexts of(I18n i18n) {
            Map<ActionStatus, String> statuses = new EnumMap<>(ActionStatus.class);
            for (ActionStatus status : ActionStatus.values()) {
                statuses.put(status, i18n.text("samraad.action.status." + status.name()));
            }
            return new LineTexts(statuses, i18n.text("samraad.action.macro.no-due-date"),
                    i18n.text("samraad.action.field.overdue"), i18n.text("samraad.action.field.unreached"));
        }

        String status(ActionStatus status) {
            return statuses.get(status);
        }
    }

    /** The macro's filters as a query string for the REST API; every value URL-encoded here, never in the template. */
    static String query(Council council, ActionFilter filter) {
        List<String> query = new ArrayList<>();
        query.add(parameter("councilId", String.valueOf(council.id())));
        if (filter.organisationId() != null) {
            query.add(parameter("organisationId", String.valueOf(filter.organisationId())));
        }
        if (filter.owner() != null) {
            query.add(parameter("owner", filter.owner()));
        }
        if (!filter.statuses().isEmpty()) {
            query.add(parameter("status", filter.statuses().stream().sorted().map(ActionStatus::name)
                    .collect(Collectors.joining(","))));
        }
        if (filter.overdue()) {
            query.add(parameter("overdue", "true"));
        }
        if (filter.dueWithinDays() != null) {
            query.add(parameter("dueWithinDays", String.valueOf(filter.dueWithinDays())));
        }
        if (filter.meetingId() != null) {
            query.add(parameter("meetingId", String.valueOf(filter.meetingId())));
        }
        query.add(parameter("sort", filter.sort().apiName()));
        return String.join("&", query);
    }

    private static String parameter(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
