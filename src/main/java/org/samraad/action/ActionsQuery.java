package org.samraad.action;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;
import static org.samraad.platform.sql.SqlStatements.placeholders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.samraad.council.MemberEntity;
import org.samraad.council.MemberRole;
import org.samraad.council.OrganisationEntity;
import org.samraad.council.PersonStanding;
import org.samraad.council.ServingMemberSql;
import org.samraad.meeting.ActionSummary;
import org.samraad.meeting.AgendaItemEntity;
import org.samraad.meeting.MeetingActionList;
import org.samraad.meeting.MeetingEntity;
import org.samraad.meeting.MeetingStatus;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.sql.EnumSql;
import org.samraad.platform.sql.ReadOnlySql;
import org.springframework.stereotype.Component;

/**
 * The register's SQL: actions with their organisation's name joined, filtered and sorted in the database. A page
 * costs two statements whatever the number of actions: the totals (or the count) of the whole match, counted by
 * the database, and the window's full rows in order, the database stopping at the window's end (the row-limit
 * clause is the connected database's, {@link ReadOnlySql#window}). Every value is a {@code ?} parameter; the ORDER BY comes from a fixed
 * table per {@link ActionSort}, never from request text.
 */
@Component
public class ActionsQuery {
    private static final String A = "a.";
    /** Rows written before the column existed, or by bulk imports, count as updated when they were created. */
    private static final String UPDATED = "COALESCE(a." + column("UpdatedAt") + ", a." + column("CreatedAt") + ")";
    /** The owner's standing in the action's council, which decides how the owner is named to the caller. */
    private static final String OWNER_STANDING = PersonStanding.sql("os", A + column("CouncilId"),
            A + column("OwnerMemberId"), A + column("OwnerUserKey"), A + column("OwnerName"));
    /** The owning member's own address, for who can be reached about the action ({@link ActionAddressees}). */
    private static final String OWNER_EMAIL = "(SELECT m." + column("Email") + " FROM " + table(MemberEntity.class)
            + " m WHERE m." + column("ID") + " = a." + column("OwnerMemberId") + ")";
    /** An agenda item's number: its place in the meeting's order (sort order, then id), as the agenda counts. */
    private static final String ITEM_NUMBER = "CASE WHEN ai." + column("ID") + " IS NULL THEN NULL ELSE (SELECT COUNT(*)"
            + " FROM " + table(AgendaItemEntity.class) + " ax WHERE ax." + column("MeetingId") + " = ai."
            + column("MeetingId") + " AND (ax." + column("SortOrder") + " < ai." + column("SortOrder") + " OR (ax."
            + column("SortOrder") + " = ai." + column("SortOrder") + " AND ax." + column("ID") + " <= ai."
            + column("ID") + "))) END";
    private static final String COLUMNS = "SELECT "
            + String.join(", ", List.of(A + column("ID") + " AS a_id", A + column("CouncilId") + " AS a_council_id",
                    A + column("Title") + " AS a_title", A + column("Description") + " AS a_description",
                    A + column("OwnerUserKey") + " AS a_owner_user_key", A + column("OwnerName") + " AS a_owner_name",
                    A + column("OwnerMemberId") + " AS a_owner_member_id",
                    A + column("OrganisationId") + " AS a_organisation_id", "o." + column("Name") + " AS o_name",
                    A + column("DueDate") + " AS a_due_date", A + column("Status") + " AS a_status",
                    A + column("PercentDone") + " AS a_percent_done", A + column("Progress") + " AS a_progress",
                    A + column("MeetingId") + " AS a_meeting_id", A + column("AgendaItemId") + " AS a_agenda_item_id",
                    A + column("CreatedAt") + " AS a_created_at", UPDATED + " AS a_updated_at",
                    A + column("CompletedAt") + " AS a_completed_at", A + column("Version") + " AS a_version",
                    OWNER_STANDING + " AS owner_standing", OWNER_EMAIL + " AS owner_email",
                    "o." + column("ContactUserKey") + " AS o_contact_user_key",
                    "o." + column("ContactEmail") + " AS o_contact_email",
                    ServingMemberSql.countOf("ci", A + column("CouncilId"), MemberRole::isInsider) + " AS caller_insider",
                    "mt." + column("Title") + " AS mt_title", "mt." + column("PageId") + " AS mt_page_id",
                    "mt." + column("Status") + " AS mt_status",
                    "mt." + column("AgendaPublishedAt") + " AS mt_agenda_published_at",
                    "ai." + column("Title") + " AS ai_title", "ai." + column("Closed") + " AS ai_closed",
                    ITEM_NUMBER + " AS ai_number"));
    private static final String ORGANISATION_JOIN = " LEFT JOIN " + table(OrganisationEntity.class) + " o ON o."
            + column("ID") + " = a." + column("OrganisationId");
    /** Where the action came from: its meeting and agenda item, for the "From meeting" column. */
    private static final String ORIGIN_JOINS = " LEFT JOIN " + table(MeetingEntity.class) + " mt ON mt." + column("ID")
            + " = a." + column("MeetingId") + " AND mt." + column("CouncilId") + " = a." + column("CouncilId")
            + " LEFT JOIN " + table(AgendaItemEntity.class) + " ai ON ai." + column("ID") + " = a."
            + column("AgendaItemId") + " AND ai." + column("MeetingId") + " = mt." + column("ID");
    private static final String ACTIONS = " FROM " + table(ActionItemEntity.class) + " a";
    private static final String FROM = ACTIONS + ORGANISATION_JOIN;
    private static final String SELECT = COLUMNS + FROM + ORIGIN_JOINS;
    private static final String DUE_LAST = "CASE WHEN a." + column("DueDate") + " IS NULL THEN 1 ELSE 0 END";
    /** Organisations by name, either way, those without one (or without a name) last. */
    private static final String ORGANISATION_ORDER = "CASE WHEN o." + column("Name") + " IS NULL THEN 1 ELSE 0 END, o."
            + column("Name") + " %1$s";
    private static final String STATUS_RANK = EnumSql.ordinal("a." + column("Status"), ActionStatus.class);
    /** Actions without a due date come last in either direction: "no date" is not "earliest" or "latest". */
    private static final Map<ActionSort, String> ORDER = Map.of(
            ActionSort.DUE_DATE, DUE_LAST + ", a." + column("DueDate") + " %1$s, a." + column("ID") + " %1$s",
            ActionSort.STATUS, STATUS_RANK + " %1$s, " + DUE_LAST + ", a." + column("DueDate") + ", a." + column("ID"),
            ActionSort.ORGANISATION,
            ORGANISATION_ORDER + ", " + DUE_LAST + ", a." + column("DueDate") + ", a." + column("ID"),
            ActionSort.UPDATED, UPDATED + " %1$s, a." + column("ID") + " %1$s");
    private static final String TO_DO_STATUSES = EnumSql.inList(ActionStatus.class, status -> !status.isClosed());

    private final ReadOnlySql sql;

    public ActionsQuery(ReadOnlySql sql) {
        this.sql = sql;
    }

    /** A page's statements in one transaction ({@link ReadOnlySql#together}). */
    <T> T together(java.util.function.Supplier<T> reads) {
        return sql.together(reads);
    }

    /** How many matching actions have this status and organisation (null: none): one group of the totals. */
    record Group(ActionStatus status, Integer organisationId, String organisationName, int count) {}

    /**
     * For a window sorted by organisation: the name of the last organisation it reaches, from the totals in the
     * window's order ({@link #totals} sorts them so when the filter does). Every action of the window belongs to an
     * organisation named up to it (down to it, descending), since at least the window's end of the matches do, and
     * they come first. Null when the window reaches the actions without an organisation, which come last, or past
     * the matches: then nothing is left out.
     */
    static String organisationsUpTo(List<Group> totals, ActionFilter filter) {
        if (filter.sort() != ActionSort.ORGANISATION) {
            return null;
        }
        long reached = 0;
        for (Group group : totals) {
            reached += group.count();
            if (reached >= (long) filter.offset() + filter.limit()) {
                return group.organisationName();
            }
        }
        return null;
    }

    /**
     * The totals of the whole match, not just a window: the number of matches per status and organisation, counted
     * by the database in one statement, so the register's cost no longer grows with the number of matches it shows
     * no row of.
     */
    List<Group> totals(Collection<Integer> councilIds, ActionFilter filter, String ownerKey, LocalDate today) {
        Where where = where(councilIds, filter, ownerKey, today);
        // grouped on the action table alone, the organisations' names joined to the few groups, not to every match;
        // sorted by organisation, in the window's order of organisations (organisationsUpTo reads them so)
        return sql.query("SELECT g.a_status, g.a_organisation_id, o." + column("Name") + " AS o_name, g.matches FROM"
                + " (SELECT a." + column("Status") + " AS a_status, a." + column("OrganisationId")
                + " AS a_organisation_id, COUNT(*) AS matches" + ACTIONS + where.sql + " GROUP BY a." + column("Status")
                + ", a." + column("OrganisationId") + ") g LEFT JOIN " + table(OrganisationEntity.class) + " o ON o."
                + column("ID") + " = g.a_organisation_id" + (filter.sort() == ActionSort.ORGANISATION
                        ? " ORDER BY " + ORGANISATION_ORDER.formatted(filter.descending() ? "DESC" : "ASC") : ""),
                where.parameters, rows -> {
                    List<Group> groups = new ArrayList<>();
                    while (rows.next()) {
                        groups.add(new Group(ActionStatus.valueOf(rows.getString("a_status")),
                                nullableInt(rows, "a_organisation_id"), rows.getString("o_name"), rows.getInt("matches")));
                    }
                    return groups;
                });
    }

    /**
     * The number of matching actions, counted by the database.
     *
     * @param ownerKey the owner filter as a user key ({@code @me} already resolved), or null for any owner
     */
    int count(Collection<Integer> councilIds, ActionFilter filter, String ownerKey, LocalDate today) {
        Where where = where(councilIds, filter, ownerKey, today);
        return sql.query("SELECT COUNT(*)" + ACTIONS + where.sql, where.parameters, rows -> {
            rows.next();
            return rows.getInt(1);
        });
    }

    /**
     * The filter's window of matching actions (its offset and limit) with their full rows, in order, in one
     * statement: a derived table sorts the matches' ids and stops at the window's end ({@link ReadOnlySql#window}),
     * and only the window's rows are joined for their full columns. The owner's standing, the caller's membership
     * and the item number are correlated subqueries; in the one-level form the database worked them out for every
     * match before sorting. The derived table comes first, so the action table is entered by its primary key: after
     * the other joins, HSQLDB scanned every action (62 times the floor, mvn -Pbenchmark).
     */
    List<ActionRow> window(Collection<Integer> councilIds, ActionFilter filter, String ownerKey, String callerKey,
            LocalDate today) {
        return window(councilIds, filter, ownerKey, callerKey, today, null);
    }

    /**
     * The same window, sorted by organisation, read from the actions of the organisations named up to
     * {@code lastName} ({@link #organisationsUpTo}; null: all): the database sorts those rows only, not every match
     * with its organisation's name joined.
     */
    List<ActionRow> window(Collection<Integer> councilIds, ActionFilter filter, String ownerKey, String callerKey,
            LocalDate today, String lastName) {
        Where where = where(councilIds, filter, ownerKey, today);
        List<Object> parameters = selectParameters(callerKey, today);
        parameters.addAll(where.parameters);
        String reached = "";
        if (lastName != null && filter.sort() == ActionSort.ORGANISATION) {
            // compared by the database, in the collation it sorted the names in
            reached = " AND a." + column("OrganisationId") + " IN (SELECT x." + column("ID") + " FROM "
                    + table(OrganisationEntity.class) + " x WHERE x." + column("Name")
                    + (filter.descending() ? " >= ?" : " <= ?") + ")";
            parameters.add(lastName);
        }
        String windowIds = "SELECT a." + column("ID") + " AS w_id" + ACTIONS
                + (filter.sort() == ActionSort.ORGANISATION ? ORGANISATION_JOIN : "") + where.sql + reached
                + orderBy(filter) + ReadOnlySql.ROW_LIMIT;
        return sql.window(COLUMNS + " FROM (" + windowIds + ") w JOIN " + table(ActionItemEntity.class) + " a ON a."
                + column("ID") + " = w.w_id" + ORGANISATION_JOIN + ORIGIN_JOINS + orderBy(filter), parameters,
                filter.offset(), filter.limit(), ActionsQuery::read);
    }

    /**
     * The full rows of these ids, in no particular order (the caller knows the order), each with its owner's
     * standing and whether {@code callerKey} (null: anonymous) serves on the action's council as an insider.
     */
    List<ActionRow> byIds(List<Integer> ids, String callerKey, LocalDate today) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = selectParameters(callerKey, today);
        parameters.addAll(ids);
        return sql.query(SELECT + " WHERE a." + column("ID") + " IN (" + placeholders(ids.size()) + ")", parameters,
                ActionsQuery::read);
    }

    /** The parameters of the standing columns of {@link #SELECT}, which come before any of the WHERE clause. */
    private static List<Object> selectParameters(String callerKey, LocalDate today) {
        List<Object> parameters = new ArrayList<>(PersonStanding.parameters(true));
        parameters.addAll(ServingMemberSql.parameters(callerKey, today));
        return parameters;
    }

    /** Every matching action with its full row in one statement: the CSV export, which has no window. */
    List<ActionRow> matching(Collection<Integer> councilIds, ActionFilter filter, String ownerKey, String callerKey,
            LocalDate today) {
        Where where = where(councilIds, filter, ownerKey, today);
        List<Object> parameters = selectParameters(callerKey, today);
        parameters.addAll(where.parameters);
        return sql.query(SELECT + where.sql + orderBy(filter), parameters, ActionsQuery::read);
    }

    /**
     * What a meeting page lists in one statement: every action that came from this meeting, whatever its status
     * (listed under its agenda item), and of the council's other actions still to do (the carry-over under
     * follow-up) the first {@code carriedOverListed} by due date, and whether there are more (one row more is read
     * and left out: a count of them cost as much as the rest of the statement on HSQLDB at 2 000 actions, mvn
     * -Pbenchmark). Overdue first, then by due date (none last), then oldest first. The carry-over is limited in a
     * subquery ({@link ReadOnlySql#limitedWithin}), so the owners' standing is worked out for the listed rows only.
     */
    public MeetingActionList forMeeting(int councilId, int meetingId, LocalDate today, int carriedOverListed) {
        Timestamp midnight = CalendarDays.toTimestamp(today);
        String overdue = "CASE WHEN a." + column("DueDate") + " < ? AND " + stillToDo("a." + column("Status"))
                + " THEN 0 ELSE 1 END";
        List<Object> before = new ArrayList<>(PersonStanding.parameters(true));
        before.addAll(List.of(councilId, meetingId, councilId, meetingId));
        return sql.limitedWithin("SELECT a." + column("ID") + " AS a_id, a." + column("Title") + " AS a_title, a."
                + column("OwnerUserKey") + " AS a_owner_user_key, a." + column("OwnerName") + " AS a_owner_name, o."
                + column("Name") + " AS o_name, a." + column("DueDate") + " AS a_due_date, a." + column("Status")
                + " AS a_status, a." + column("MeetingId") + " AS a_meeting_id, a." + column("AgendaItemId")
                + " AS a_agenda_item_id, " + OWNER_STANDING + " AS owner_standing"
                // the listed ids first, then their rows by primary key: with the ids in the WHERE clause, HSQLDB
                // read every action of the council to test each against them (mvn -Pbenchmark)
                + " FROM (SELECT m." + column("ID") + " AS w_id FROM " + table(ActionItemEntity.class) + " m WHERE m."
                + column("CouncilId") + " = ? AND m." + column("MeetingId") + " = ? UNION ALL SELECT t.carried_id FROM"
                + " (SELECT x." + column("ID") + " AS carried_id FROM " + table(ActionItemEntity.class) + " x WHERE "
                + carriedOver("x")
                // still to do, so those due before today (the overdue) come first by due date alone
                + " ORDER BY CASE WHEN x." + column("DueDate") + " IS NULL THEN 1 ELSE 0 END, x." + column("DueDate")
                + ", x." + column("ID") + " " + ReadOnlySql.ROW_LIMIT + ") t) w JOIN " + table(ActionItemEntity.class)
                + " a ON a." + column("ID") + " = w.w_id" + ORGANISATION_JOIN
                + " ORDER BY " + overdue + ", " + DUE_LAST + ", a." + column("DueDate") + ", a." + column("ID"),
                before, carriedOverListed + 1, List.of(midnight), rows -> {
                    List<ActionSummary> actions = new ArrayList<>();
                    int carriedOver = 0;
                    ActionSummary last = null;
                    while (rows.next()) {
                        LocalDate due = rows.getTimestamp("a_due_date") == null ? null
                                : CalendarDays.toDay(rows.getTimestamp("a_due_date"));
                        ActionStatus status = ActionStatus.valueOf(rows.getString("a_status"));
                        actions.add(new ActionSummary(rows.getInt("a_id"), rows.getString("a_title"),
                                rows.getString("a_owner_user_key"), rows.getString("a_owner_name"),
                                rows.getString("o_name"), due, "samraad.action.status." + status.name(),
                                status.isClosed(), nullableInt(rows, "a_meeting_id"),
                                nullableInt(rows, "a_agenda_item_id"),
                                due != null && due.isBefore(today) && !status.isClosed(),
                                PersonStanding.read(rows, "owner_standing")));
                        ActionSummary action = actions.get(actions.size() - 1);
                        if (!Integer.valueOf(meetingId).equals(action.meetingId())) {
                            carriedOver++;
                            last = action;
                        }
                    }
                    // the row read beyond the limit only says that there are more
                    boolean more = carriedOver > carriedOverListed;
                    if (more) {
                        actions.remove(last);
                    }
                    return new MeetingActionList(actions, more);
                });
    }

    /** The council's actions still to do that did not come from the meeting: two parameters, council and meeting. */
    private static String carriedOver(String alias) {
        return alias + "." + column("CouncilId") + " = ? AND " + stillToDo(alias + "." + column("Status")) + " AND ("
                + alias + "." + column("MeetingId") + " IS NULL OR " + alias + "." + column("MeetingId") + " <> ?)";
    }

    /** Whether the action whose status column is {@code status} is still to do (see {@link ActionStatus#isClosed}). */
    static String stillToDo(String status) {
        return status + " IN " + TO_DO_STATUSES;
    }

    Optional<ActionRow> byId(int id, String callerKey, LocalDate today) {
        return byIds(List.of(id), callerKey, today).stream().findFirst();
    }

    private record Where(String sql, List<Object> parameters) {}

    private static Where where(Collection<Integer> councilIds, ActionFilter filter, String ownerKey, LocalDate today) {
        if (councilIds.isEmpty()) {
            throw new IllegalArgumentException("no councils: the caller answers an empty page without asking");
        }
        List<String> clauses = new ArrayList<>();
        List<Object> parameters = new ArrayList<>(councilIds);
        // one council (the macro, a council's list) as an equality: HSQLDB reads "IN (?)" as a list and leaves the
        // council's index for a less selective one, three times slower at 100 000 actions (mvn -Pbenchmark)
        clauses.add("a." + column("CouncilId") + (councilIds.size() == 1 ? " = ?"
                : " IN (" + placeholders(councilIds.size()) + ")"));
        if (filter.organisationId() != null) {
            clauses.add("a." + column("OrganisationId") + " = ?");
            parameters.add(filter.organisationId());
        }
        if (ownerKey != null) {
            clauses.add("a." + column("OwnerUserKey") + " = ?");
            parameters.add(ownerKey);
        }
        if (!filter.statuses().isEmpty()) {
            clauses.add("a." + column("Status") + " IN (" + placeholders(filter.statuses().size()) + ")");
            filter.statuses().stream().sorted().forEach(status -> parameters.add(status.name()));
        }
        Timestamp midnight = CalendarDays.toTimestamp(today);
        if (filter.overdue()) {
            clauses.add("a." + column("DueDate") + " < ? AND " + stillToDo("a." + column("Status")));
            parameters.add(midnight);
        }
        if (filter.dueWithinDays() != null) {
            clauses.add("a." + column("DueDate") + " >= ? AND a." + column("DueDate") + " <= ?");
            parameters.add(midnight);
            parameters.add(CalendarDays.toTimestamp(today.plusDays(filter.dueWithinDays())));
        }
        if (filter.meetingId() != null) {
            clauses.add("a." + column("MeetingId") + " = ?");
            parameters.add(filter.meetingId());
        }
        return new Where(" WHERE " + String.join(" AND ", clauses), parameters);
    }

    private static String orderBy(ActionFilter filter) {
        return " ORDER BY " + String.format(ORDER.get(filter.sort()), filter.descending() ? "DESC" : "ASC");
    }

    private static List<ActionRow> read(ResultSet rows) throws SQLException {
        List<ActionRow> actions = new ArrayList<>();
        while (rows.next()) {
            actions.add(new ActionRow(new ActionItem(
                    rows.getInt("a_id"),
                    rows.getInt("a_council_id"),
                    rows.getString("a_title"),
                    rows.getString("a_description"),
                    rows.getString("a_owner_user_key"),
                    rows.getString("a_owner_name"),
                    false, // the owner as stored: ActionRow#shown decides what the caller sees
                    nullableInt(rows, "a_owner_member_id"),
                    nullableInt(rows, "a_organisation_id"),
                    rows.getString("o_name"),
                    rows.getTimestamp("a_due_date") == null ? null : CalendarDays.toDay(rows.getTimestamp("a_due_date")),
                    ActionStatus.valueOf(rows.getString("a_status")),
                    rows.getInt("a_percent_done"),
                    rows.getString("a_progress"),
                    nullableInt(rows, "a_meeting_id"),
                    nullableInt(rows, "a_agenda_item_id"),
                    instant(rows.getTimestamp("a_created_at")),
                    instant(rows.getTimestamp("a_updated_at")),
                    instant(rows.getTimestamp("a_completed_at")),
                    false, // overdue is judged for the caller's today by ActionRow#shown
                    rows.getInt("a_version"),
                    null), // where it came from is shown to the caller by ActionRow#shown
                    PersonStanding.read(rows, "owner_standing"),
                    rows.getInt("caller_insider") > 0,
                    new ActionAddressees(rows.getString("a_owner_user_key"), rows.getString("owner_email"),
                            rows.getString("o_contact_user_key"), rows.getString("o_contact_email")),
                    origin(rows)));
        }
        return actions;
    }

    /** The meeting and item the row came from, as stored (not yet shown to anyone), or null. */
    private static ActionRow.StoredOrigin origin(ResultSet rows) throws SQLException {
        Integer meetingId = nullableInt(rows, "a_meeting_id");
        String status = rows.getString("mt_status");
        if (meetingId == null || status == null) {
            return null;
        }
        long pageId = rows.getLong("mt_page_id");
        Long page = rows.wasNull() ? null : pageId;
        Integer number = nullableInt(rows, "ai_number");
        return new ActionRow.StoredOrigin(meetingId, rows.getString("mt_title"), page, MeetingStatus.valueOf(status),
                rows.getTimestamp("mt_agenda_published_at") != null, nullableInt(rows, "a_agenda_item_id"),
                number == null || number == 0 ? null : number, rows.getString("ai_title"), rows.getBoolean("ai_closed"));
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Integer nullableInt(ResultSet rows, String column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }
}
