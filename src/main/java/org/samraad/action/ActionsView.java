package org.samraad.action;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.samraad.council.Council;
import org.samraad.platform.I18n;
import org.samraad.platform.OptionView;
import org.samraad.platform.ReaderDates;

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
        int total,
        boolean across,
        String spaceKey,
        boolean anyEditable,
        String statusFilter,
        String organisationFilter,
        String ownerFilter,
        boolean overdueFilter,
        boolean signedIn,
        List<OptionView> statusFilterOptions,
        String editableCouncils,
        List<OptionView> councilNames) {
    static final String CSV_PATH = "/rest/samraad/1.0/actions.csv";
    static final String LIST_PATH = "/rest/samraad/1.0/actions";

    public ActionsView {
        lines = List.copyOf(lines);
        statusTotals = List.copyOf(statusTotals);
        organisationTotals = List.copyOf(organisationTotals);
        statusOptions = List.copyOf(statusOptions);
        statusFilterOptions = List.copyOf(statusFilterOptions);
        councilNames = List.copyOf(councilNames);
    }

    public boolean hasLines() {
        return !lines.isEmpty();
    }

    public boolean hasOrganisationTotals() {
        return !organisationTotals.isEmpty();
    }

    /** The readers' status filter: open and in progress (the default), each status alone, or any status. */
    public List<OptionView> statusFilterOptions() {
        return statusFilterOptions;
    }

    /** More actions match than the first page shows: the live page offers paging. */
    public boolean hasMorePages() {
        return total > lines.size();
    }

    /** The register of one council, as the macro shows it by default. */
    static ActionsView of(Council council, ActionRegister register, ActionFilter filter, ActionColumns columns,
            boolean interactive, boolean editable, String domId, I18n i18n) {
        return of(council, List.of(council), register, filter, columns, interactive, c -> editable, false, domId, i18n);
    }

    /**
     * The register of one council ({@code across} false: {@code council} is it) or across every council the reader
     * can view ({@code council} null; each row names its council).
     *
     * @param councils the councils the register covers (one, or every council the reader can view)
     * @param editableOf whether the reader may change (and delete) the actions of a council, in the live page
     * @param signedIn the reader is logged in (the "my actions" filter)
     */
    static ActionsView of(Council council, List<Council> councils, ActionRegister register,
            ActionFilter filter, ActionColumns columns, boolean interactive, Predicate<Council> editableOf,
            boolean signedIn, String domId, I18n i18n) {
        boolean across = council == null;
        Map<Integer, Council> byId = councils.stream().collect(Collectors.toMap(Council::id, c -> c, (a, b) -> a));
        Function<Integer, Council> councilOf = byId::get;
        ActionPage page = register.page();
        LineTexts texts = LineTexts.of(i18n);
        Map<Integer, Boolean> editable = new HashMap<>();
        // the council's language on its titles where the reader's differs: looked up once per council, not per row
        java.util.Locale reader = i18n.readerLocale();
        Map<Integer, String> langs = new HashMap<>();
        List<ActionLineView> lines = page.items().stream()
                .map(a -> {
                    Council of = councilOf.apply(a.councilId());
                    boolean rowEditable = interactive && editable.computeIfAbsent(a.councilId(), id -> editableOf.test(of));
                    String lang = langs.computeIfAbsent(a.councilId(), id -> contentLang(of, reader));
                    return line(a, register.unreached().contains(a.id()), texts, across ? of.name() : null, rowEditable,
                            lang.isEmpty() ? null : lang, i18n);
                }).toList();
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
        String heading = statusesNamed(across
                ? i18n.text(mine ? "samraad.action.macro.heading-across-mine" : "samraad.action.macro.heading-across")
                : i18n.text(mine ? "samraad.action.macro.heading-mine" : "samraad.action.macro.heading", council.name()),
                filter, texts, i18n);
        String caption = i18n.text("samraad.action.macro.caption",
                i18n.text("samraad.action.macro.sort." + filter.sort().apiName()));
        String shownText = i18n.text("samraad.action.macro.shown", lines.size(), page.total());
        boolean sectionEditable = !across && interactive && editableOf.test(council);
        String editableCouncils = !interactive ? "" : councils.stream()
                .filter(c -> editable.computeIfAbsent(c.id(), id -> editableOf.test(c)))
                .map(c -> String.valueOf(c.id())).collect(Collectors.joining(","));
        boolean anyEditable = !editableCouncils.isEmpty();
        List<OptionView> options = sectionEditable || anyEditable
                ? Arrays.stream(ActionStatus.values())
                        .map(s -> new OptionView(s.name(), texts.status(s))).toList()
                : List.of();
        String statusFilter = filter.statuses().stream().sorted().map(ActionStatus::name)
                .collect(Collectors.joining(","));
        return new ActionsView(across ? 0 : council.id(), domId, heading, caption, shownText, lines, statusTotals,
                organisationTotals, interactive, sectionEditable, CSV_PATH + "?" + query(council, filter), options,
                columns, LIST_PATH + "?" + query(council, filter), filter.limit(), page.total(), across,
                across ? null : council.spaceKey(), anyEditable, statusFilter,
                filter.organisationId() == null ? "" : String.valueOf(filter.organisationId()),
                filter.owner() == null ? "" : filter.owner(), filter.overdue(), signedIn,
                statusFilterOptions(statusFilter, texts, i18n), editableCouncils,
                across ? councils.stream().map(c -> new OptionView(String.valueOf(c.id()), c.name())).toList()
                        : List.of());
    }

    private static List<OptionView> statusFilterOptions(String configured, LineTexts texts, I18n i18n) {
        List<OptionView> options = new ArrayList<>();
        String toDo = ActionStatus.OPEN.name() + "," + ActionStatus.IN_PROGRESS.name();
        options.add(new OptionView(toDo, i18n.text("samraad.action.filter.to-do")));
        for (ActionStatus status : ActionStatus.values()) {
            options.add(new OptionView(status.name(), texts.status(status)));
        }
        options.add(new OptionView("", i18n.text("samraad.action.filter.any-status")));
        if (options.stream().noneMatch(o -> o.value().equals(configured))) {
            // a combination the page's author chose stays choosable
            options.add(0, new OptionView(configured, Arrays.stream(configured.split(","))
                    .map(name -> texts.status(ActionStatus.valueOf(name))).collect(Collectors.joining(", "))));
        }
        return options;
    }

    /** The council's language when the reader's differs, else empty. */
    private static String contentLang(Council council, java.util.Locale reader) {
        if (council == null) {
            return "";
        }
        org.samraad.platform.ContentLanguage language = org.samraad.platform.ContentLanguage.of(council.locale(), reader);
        return language.differs() ? language.council() : "";
    }

    private static ActionLineView line(ActionItem a, boolean unreached, LineTexts texts, String councilName,
            boolean editable, String lang, I18n i18n) {
        String due = a.dueDate() == null ? null : a.dueDate().toString();
        ActionOrigin origin = a.fromMeeting();
        return new ActionLineView(a.id(), a.version(), a.title(), a.ownerName(), a.organisationName(), due,
                due != null ? ReaderDates.of(i18n).shortDay(a.dueDate()) : texts.noDueDate(), a.status().name(), texts.status(a.status()), a.percentDone(),
                a.overdue(), a.overdue() ? texts.overdue() : null, unreached ? texts.unreached() : null, councilName,
                origin == null ? null : originText(origin, i18n), origin == null ? null : origin.href(), editable, lang);
    }

    /**
     * The heading with the statuses when they are not the register's usual ones (open and in progress): a page with
     * an open and a done register names them apart, for readers and for the landmarks the heading labels.
     */
    private static String statusesNamed(String heading, ActionFilter filter, LineTexts texts, I18n i18n) {
        if (filter.statuses().isEmpty() || filter.statuses().equals(ActionsMacro.DEFAULT_STATUSES)) {
            return heading;
        }
        Locale reader = i18n.readerLocale();
        String statuses = Arrays.stream(ActionStatus.values()).filter(filter.statuses()::contains)
                .map(status -> texts.status(status).toLowerCase(reader)).collect(Collectors.joining(", "));
        return i18n.text("samraad.action.macro.heading-statuses", heading, statuses);
    }

    /** "Meeting title", "Meeting title, item 4" or "Meeting title, item 4: Item title", as far as the reader may see. */
    static String originText(ActionOrigin origin, I18n i18n) {
        if (origin.itemNumber() == null) {
            return origin.meetingTitle();
        }
        return origin.itemTitle() == null
                ? i18n.text("samraad.action.macro.from-item", origin.meetingTitle(), origin.itemNumber())
                : i18n.text("samraad.action.macro.from-item-titled", origin.meetingTitle(), origin.itemNumber(),
                        origin.itemTitle());
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

    /**
     * The macro's filters as a query string for the REST API; every value URL-encoded here, never in the template.
     * Without a council (the register across councils) the list covers every council the reader can view.
     */
    static String query(Council council, ActionFilter filter) {
        List<String> query = new ArrayList<>();
        if (council != null) {
            query.add(parameter("councilId", String.valueOf(council.id())));
        }
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

    /**
     * Velocity's {@code #if($actions)} asks for the text of the value; the record's own text formats every line
     * (String.format per component on JDK 17), a tenth of the register's template time.
     */
    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
