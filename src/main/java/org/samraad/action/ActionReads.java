package org.samraad.action;

import com.atlassian.confluence.security.Permission;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.samraad.council.CouncilZone;
import org.samraad.council.Council;
import org.samraad.council.CouncilService;
import org.samraad.council.MemberVisibility;
import org.samraad.council.ShownName;
import org.samraad.platform.CurrentUser;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.TimeSource;
import org.samraad.platform.mail.MailRecipients;
import org.springframework.stereotype.Component;

/**
 * Reading actions: the register's windows, the CSV's whole list and one action. Whoever can view the council's
 * space reads its actions (404 otherwise); each owner is shown as the member list's rule lets the caller see them.
 */
@Component
public class ActionReads {
    private final CouncilService councils;
    private final SpacePermissions permissions;
    private final ActionsQuery query;
    private final MemberVisibility visibility;
    private final CurrentUser currentUser;
    private final TimeSource time;
    private final MailRecipients recipients;
    private final ActionOriginRule origins;

    public ActionReads(
            CouncilService councils,
            SpacePermissions permissions,
            ActionsQuery query,
            MemberVisibility visibility,
            CurrentUser currentUser,
            TimeSource time,
            MailRecipients recipients,
            ActionOriginRule origins) {
        this.councils = councils;
        this.permissions = permissions;
        this.query = query;
        this.visibility = visibility;
        this.currentUser = currentUser;
        this.time = time;
        this.recipients = recipients;
        this.origins = origins;
    }

    /**
     * One window of the register. Three statements at most whatever the number of actions: the councils the caller
     * can view (councils are few, so the set is resolved first and handed to SQL as an IN list), the full rows of the
     * window in order with their organisations' names, and the number of matches (none when the window already
     * holds them all). The window's
     * unreached actions are told, per council, as the register macro tells them (no statement).
     */
    public ActionPage list(ActionFilter filter) {
        Map<Integer, Council> viewable = viewableCouncils(filter);
        Optional<String> owner = owner(filter);
        if (viewable.isEmpty() || owner.isEmpty()) {
            return new ActionPage(List.of(), 0);
        }
        LocalDate today = CouncilZone.todayOfEveryCouncil(time);
        String ownerKey = owner.get().isEmpty() ? null : owner.get();
        record Read(List<ActionRow> rows, int total) {}
        Read window = query.together(() -> {
            List<ActionRow> rows = query.window(viewable.keySet(), filter, ownerKey, caller(), today);
            // a window that starts the match and is not full holds the whole match: the count costs no statement then
            return new Read(rows, filter.offset() == 0 && rows.size() < filter.limit() ? rows.size()
                    : query.count(viewable.keySet(), filter, ownerKey, today));
        });
        List<ActionRow> read = window.rows();
        int total = window.total();
        Function<ActionRow, ActionItem> shown = shown(row -> viewable.get(row.councilId()), today);
        List<Integer> unreached = new ArrayList<>();
        read.stream().collect(Collectors.groupingBy(ActionRow::councilId, LinkedHashMap::new, Collectors.toList()))
                .forEach((councilId, ofCouncil) -> unreached.addAll(unreached(viewable.get(councilId), ofCouncil)));
        return new ActionPage(read.stream().map(shown).toList(), total, unreached);
    }

    /**
     * The register macro's data for one council the macro already resolved (with its one statement; the view
     * permission is checked again here, which costs no SQL): the window of actions and the totals per status and per organisation of every match. Two
     * statements whatever the number of actions: the totals, counted by the database, then the window's full rows
     * in order.
     */
    public ActionRegister register(Council council, ActionFilter filter) {
        permissions.require(Permission.VIEW, council.spaceKey());
        Optional<String> owner = owner(filter);
        if (owner.isEmpty()) {
            return ActionRegister.empty();
        }
        return window(Map.of(council.id(), council), filter, owner.get(), CouncilZone.today(time, council));
    }

    /**
     * The register across every council the caller can view (the {@code councils=all} register): the same window
     * and totals as {@link #register}, with the councils it covers. Three statements whatever the number of councils
     * and actions: the councils (the view permission is checked on the loaded list, one query with the permitted
     * ids follows, never one per council), the totals, then the window's full rows.
     */
    public Across registerAcross(ActionFilter filter) {
        Map<Integer, Council> viewable = viewableCouncils(filter);
        Optional<String> owner = owner(filter);
        if (viewable.isEmpty() || owner.isEmpty()) {
            return new Across(List.copyOf(viewable.values()), ActionRegister.empty());
        }
        return new Across(List.copyOf(viewable.values()),
                window(viewable, filter, owner.get(), CouncilZone.todayOfEveryCouncil(time)));
    }

    /**
     * The register's two statements over these councils: the totals per status and organisation, then the
     * window's full rows in order, shown to the caller, with the open actions nobody can be reached about (per council).
     *
     * @param owner the owner filter as a user key, empty for any owner
     */
    private ActionRegister window(Map<Integer, Council> councils, ActionFilter filter, String owner, LocalDate today) {
        String ownerKey = owner.isEmpty() ? null : owner;
        record Read(List<ActionsQuery.Group> totals, int total, List<ActionRow> rows) {}
        Read read = query.together(() -> {
            List<ActionsQuery.Group> totals = query.totals(councils.keySet(), filter, ownerKey, today);
            int total = totals.stream().mapToInt(ActionsQuery.Group::count).sum();
            // a window past the last match is empty without asking
            return new Read(totals, total, filter.offset() >= total ? List.of()
                    : query.window(councils.keySet(), filter, ownerKey, caller(), today,
                            ActionsQuery.organisationsUpTo(totals, filter)));
        });
        List<ActionRow> rows = read.rows();
        List<ActionItem> items = rows.stream().map(shown(row -> councils.get(row.councilId()), today)).toList();
        List<Integer> unreached = new java.util.ArrayList<>();
        rows.stream().collect(Collectors.groupingBy(ActionRow::councilId, LinkedHashMap::new, Collectors.toList()))
                .forEach((councilId, ofCouncil) -> unreached.addAll(unreached(councils.get(councilId), ofCouncil)));
        return ActionRegister.of(new ActionPage(items, read.total()), read.totals()).withUnreached(unreached);
    }

    /** The register across councils: the councils the caller can view (by name) and the register over them. */
    public record Across(List<Council> councils, ActionRegister register) {
        public Council council(int id) {
            return councils.stream().filter(c -> c.id() == id).findFirst().orElseThrow();
        }
    }

    /**
     * The open actions of the window nobody can be mailed about ({@link ActionAddressees}, as the reminders choose),
     * for those who look after the council: space editors and the council's insiders; nobody else is told. No SQL:
     * the rows carry the addresses, users are looked up in Confluence.
     */
    private List<Integer> unreached(Council council, List<ActionRow> rows) {
        boolean servingInsider = rows.stream().anyMatch(ActionRow::callerServingInsider);
        if (rows.isEmpty() || !(servingInsider || permissions.canEdit(council.spaceKey()))) {
            return List.of();
        }
        MailRecipients.Run lookups = recipients.run();
        return rows.stream().filter(row -> !row.stored().status().isClosed())
                .filter(row -> row.addressees().first(council.spaceKey(), council.locale(), lookups).isEmpty())
                .map(ActionRow::id).toList();
    }

    /** Every action matching the filter (paging ignored), for the CSV export: two statements. */
    public List<ActionItem> export(ActionFilter filter) {
        Map<Integer, Council> viewable = viewableCouncils(filter);
        Optional<String> owner = owner(filter);
        if (viewable.isEmpty() || owner.isEmpty()) {
            return List.of();
        }
        LocalDate today = CouncilZone.todayOfEveryCouncil(time);
        return query.matching(viewable.keySet(), filter.unlimited(), owner.get().isEmpty() ? null : owner.get(),
                        caller(), today)
                .stream().map(shown(row -> viewable.get(row.councilId()), today)).toList();
    }

    public ActionItem get(int id) {
        LocalDate today = CouncilZone.todayOfEveryCouncil(time);
        ActionRow row = query.byId(id, caller(), today).orElseThrow(NotFoundException::new);
        return item(row, councils.get(row.councilId()), today);
    }

    /** The stored action as one statement reads it, before the owner is shown to anyone. */
    ActionRow stored(int id) {
        return query.byId(id, caller(), CouncilZone.todayOfEveryCouncil(time)).orElseThrow(NotFoundException::new);
    }

    /** The record of a row just written, with the organisation's name read through the same query as lists. */
    ActionItem written(int id, Council council) {
        LocalDate today = CouncilZone.today(time, council);
        return item(query.byId(id, caller(), today).orElseThrow(NotFoundException::new), council, today);
    }

    /** The owner as the caller may see them: the member list's rule decides. */
    ShownName owner(ActionRow row, Council council) {
        boolean insider = visibility.seesUnpublishedNames(council.spaceKey(), row.callerServingInsider());
        return visibility.name(row.ownerStanding(), row.ownerUserKey(), row.ownerName(), insider);
    }

    /**
     * The rows of one read as the caller sees them. Whether the caller sees a council's unpublished names is the
     * same for every row of that council with the same standing of the caller, and asking costs a permission lookup,
     * so it is asked once per council and standing, not once per row.
     */
    private Function<ActionRow, ActionItem> shown(Function<ActionRow, Council> councilOf, LocalDate today) {
        Map<List<Object>, Boolean> seesUnpublished = new HashMap<>();
        ActionOriginRule.Judge judge = origins.judge();
        return row -> {
            Council council = councilOf.apply(row);
            String spaceKey = council.spaceKey();
            boolean insider = seesUnpublished.computeIfAbsent(List.of(spaceKey, row.callerServingInsider()),
                    key -> visibility.seesUnpublishedNames(spaceKey, row.callerServingInsider()));
            return row.shown(visibility.name(row.ownerStanding(), row.ownerUserKey(), row.ownerName(), insider), today,
                    judge.of(row, council));
        };
    }

    /** The councils a list may show: the one asked for (404 if the caller cannot view it), or every viewable one. */
    private Map<Integer, Council> viewableCouncils(ActionFilter filter) {
        List<Council> viewable = filter.councilId() != null ? List.of(councils.get(filter.councilId()))
                : councils.list(null);
        return viewable.stream().collect(Collectors.toMap(Council::id, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    private String caller() {
        return currentUser.userKey().orElse(null);
    }

    /**
     * The owner filter as a user key: empty text for "any owner", the caller's key for {@code @me}, and no value
     * at all (nothing can match) for {@code @me} asked anonymously.
     */
    private Optional<String> owner(ActionFilter filter) {
        if (filter.owner() == null) {
            return Optional.of("");
        }
        if (ActionFilter.ME.equalsIgnoreCase(filter.owner())) {
            return currentUser.userKey();
        }
        return Optional.of(filter.owner());
    }

    private ActionItem item(ActionRow row, Council council, LocalDate today) {
        return row.shown(owner(row, council), today, origins.judge().of(row, council));
    }
}
