package org.samraad.plan;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.samraad.action.ActionItemEntity;
import org.samraad.action.ActionStatus;
import org.samraad.council.MemberEntity;
import org.samraad.council.MemberRole;
import org.samraad.council.OrganisationEntity;
import org.samraad.council.SeatEntity;
import org.samraad.hearing.HearingEntity;
import org.samraad.meeting.AgendaItemEntity;
import org.samraad.meeting.AgendaItemKind;
import org.samraad.meeting.AttendanceEntity;
import org.samraad.meeting.MeetingEntity;
import org.samraad.meeting.MeetingStatus;
import org.samraad.meeting.MinutesSnapshotEntity;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.sql.EnumSql;
import org.samraad.platform.sql.ReadOnlySql;
import org.springframework.stereotype.Component;

/**
 * Everything an annual report counts, in ONE statement: a UNION ALL of seven branches of one shape (section, three
 * texts, four numbers, five times, and the approved minutes' snapshot, which only the meetings' branch fills), so the report costs this statement and the council's however many meetings,
 * members and actions the year had. Agenda items and actions are aggregated in SQL; meetings, member-meetings and
 * hearings come as rows because their rules need the council's zone and calendar days (end of the deadline day,
 * a member's term on the meeting's day), which portable SQL cannot compute. A year has a few dozen meetings and
 * hearings and a few hundred member-meetings, so those rows stay small.
 *
 * <p>Portable SQL (HSQLDB, PostgreSQL, MySQL/MariaDB): typed NULLs so the branches unify, CASE sums, dates only
 * compared with parameters. The casts are to the types all of them know: MySQL's CAST takes neither VARCHAR nor
 * BIGINT, hence CHAR(n) and DECIMAL. No timestamp type is castable on both MySQL (DATETIME) and PostgreSQL
 * (TIMESTAMP), so the times stay plain NULLs: the first branch, the meetings, has a real timestamp in each of
 * them, and that types the column (PostgreSQL resolves a UNION pairwise from the left, so keep it first).
 */
@Component
public class AnnualReportQuery {
    static final String HELD = EnumSql.inList(MeetingStatus.class, MeetingStatus::wasHeld);
    private static final String LOCKED = EnumSql.inList(MeetingStatus.class, MeetingStatus::decisionsLocked);
    private static final String TEXT = "CAST(NULL AS CHAR(450))";
    private static final String NUMBER = "CAST(NULL AS DECIMAL(19, 0))";
    private static final String TIME = "NULL";
    /** The snapshot of approved minutes, a long text: typed by the first branch alone, as the times are. */
    private static final String CONTENT = "NULL";

    /** The first branch labels the columns of every branch (a UNION takes its labels from the first): the slots. */
    private static final String MEETINGS = "SELECT 'M' AS section, g." + column("Title") + " AS text_1, g."
            + column("Status") + " AS text_2, g." + column("Kind") + " AS text_3, CAST(g." + column("ID")
            + " AS DECIMAL(19, 0)) AS number_1, CAST(g." + column("PageId") + " AS DECIMAL(19, 0)) AS number_2, "
            + NUMBER + " AS number_3, " + NUMBER + " AS number_4, g." + column("StartsAt") + " AS time_1, g."
            + column("AgendaSentAt") + " AS time_2, g." + column("DispatchDeadline") + " AS time_3, g."
            + column("MinutesApprovedAt") + " AS time_4, g." + column("MinutesTarget") + " AS time_5, s."
            + column("Content") + " AS content"
            + " FROM " + table(MeetingEntity.class) + " g"
            // approved minutes: the newest snapshot, the record the decisions by meeting are read from
            + " LEFT JOIN " + table(MinutesSnapshotEntity.class) + " s ON s." + column("MeetingId") + " = g."
            + column("ID") + " AND g." + column("Status") + " IN " + LOCKED + " AND s." + column("Sequence")
            + " = (SELECT MAX(t." + column("Sequence") + ") FROM " + table(MinutesSnapshotEntity.class) + " t WHERE t."
            + column("MeetingId") + " = g." + column("ID") + ")"
            + " WHERE g." + column("CouncilId") + " = ?"
            + " AND g." + column("StartsAt") + " >= ? AND g." + column("StartsAt") + " < ?";

    private static final String HELD_IN_YEAR = "g." + column("CouncilId") + " = ? AND g." + column("Status")
            + " IN " + HELD + " AND g." + column("StartsAt") + " >= ? AND g." + column("StartsAt") + " < ?";

    /** One row per held meeting and voting member of the council; whether the term covers the day is decided in Java. */
    private static final String MEMBER_MEETINGS = "SELECT 'A', s." + column("SeatGroup") + ", a." + column("Status")
            + ", " + TEXT + ", " + NUMBER + ", " + NUMBER + ", " + NUMBER + ", " + NUMBER + ", g." + column("StartsAt")
            + ", m." + column("TermStart") + ", m." + column("TermEnd") + ", " + TIME + ", " + TIME + ", " + CONTENT
            + " FROM " + table(MeetingEntity.class) + " g"
            + " JOIN " + table(MemberEntity.class) + " m ON m." + column("CouncilId") + " = g." + column("CouncilId")
            + " LEFT JOIN " + table(SeatEntity.class) + " s ON s." + column("ID") + " = m." + column("SeatId")
            + " LEFT JOIN " + table(AttendanceEntity.class) + " a ON a." + column("MeetingId") + " = g." + column("ID")
            + " AND a." + column("MemberId") + " = m." + column("ID")
            + " WHERE " + HELD_IN_YEAR + " AND m." + column("Role") + " IN "
            + EnumSql.inList(MemberRole.class, MemberRole::fillsSeat);

    private static final String ITEMS = "SELECT 'I', i." + column("Kind") + ", " + TEXT + ", " + TEXT + ", COUNT(*)"
            + ", SUM(CASE WHEN i." + column("Decision") + " LIKE '_%' THEN 1 ELSE 0 END)"
            + ", SUM(CASE WHEN i." + column("Dissent") + " LIKE '_%' THEN 1 ELSE 0 END), " + NUMBER
            + ", " + TIME + ", " + TIME + ", " + TIME + ", " + TIME + ", " + TIME + ", " + CONTENT
            + " FROM " + table(AgendaItemEntity.class) + " i"
            + " JOIN " + table(MeetingEntity.class) + " g ON g." + column("ID") + " = i." + column("MeetingId")
            + " WHERE " + HELD_IN_YEAR + " AND i." + column("Kind") + " <> " + EnumSql.literal(AgendaItemKind.STANDING)
            + " GROUP BY i." + column("Kind");

    private static final String HEARINGS = "SELECT 'H', h." + column("Subject") + ", h." + column("Status") + ", h."
            + column("IssuingBody") + ", h." + column("ID") + ", h." + column("PageId") + ", " + NUMBER + ", " + NUMBER + ", h." + column("Deadline")
            + ", h." + column("SubmittedOn") + ", h." + column("ReceivedOn") + ", " + TIME + ", " + TIME + ", " + CONTENT
            + " FROM " + table(HearingEntity.class) + " h WHERE h." + column("CouncilId") + " = ?"
            + " AND h." + column("Deadline") + " >= ? AND h." + column("Deadline") + " < ?";

    private static final String ACTIONS = "SELECT 'X', o." + column("Name") + ", " + TEXT + ", " + TEXT
            + ", SUM(CASE WHEN a." + column("CreatedAt") + " >= ? AND a." + column("CreatedAt") + " < ? THEN 1 ELSE 0 END)"
            + ", SUM(CASE WHEN a." + column("Status") + " = " + EnumSql.literal(ActionStatus.DONE)
            + " AND a." + column("CompletedAt") + " >= ?"
            + " AND a." + column("CompletedAt") + " < ? THEN 1 ELSE 0 END)"
            + ", SUM(CASE WHEN a." + column("Status") + " <> " + EnumSql.literal(ActionStatus.CANCELLED)
            + " AND a." + column("DueDate") + " < ?"
            + " AND a." + column("CreatedAt") + " < ? AND (a." + column("CompletedAt") + " IS NULL"
            + " OR a." + column("CompletedAt") + " >= ?) THEN 1 ELSE 0 END)"
            + ", a." + column("OrganisationId")
            + ", " + TIME + ", " + TIME + ", " + TIME + ", " + TIME + ", " + TIME + ", " + CONTENT
            + " FROM " + table(ActionItemEntity.class) + " a"
            + " LEFT JOIN " + table(OrganisationEntity.class) + " o ON o." + column("ID") + " = a." + column("OrganisationId")
            + " WHERE a." + column("CouncilId") + " = ?"
            + " GROUP BY a." + column("OrganisationId") + ", o." + column("Name");

    /** Own plan entries starting in the year: what, where, when, until which day, and the visitors counted. */
    private static final String ENTRIES = "SELECT 'E', e." + column("Kind") + ", e." + column("Title") + ", e."
            + column("Place") + ", e." + column("Visitors") + ", e." + column("ID") + ", " + NUMBER + ", " + NUMBER
            + ", e." + column("StartsAt") + ", e." + column("EndDate") + ", " + TIME + ", " + TIME + ", " + TIME
            + ", " + CONTENT
            + " FROM " + table(PlanEntryEntity.class) + " e WHERE e." + column("CouncilId") + " = ?"
            + " AND e." + column("StartsAt") + " >= ? AND e." + column("StartsAt") + " < ?";

    /**
     * The sequence of the year's newest final version (NULL while the report is live), so that a final report costs
     * no lookup of its own: its content is read by this sequence ({@link FinalReports#at}).
     */
    private static final String FINAL = "SELECT 'F', " + TEXT + ", " + TEXT + ", " + TEXT + ", MAX(f."
            + column("Sequence") + "), " + NUMBER + ", " + NUMBER + ", " + NUMBER + ", " + TIME + ", " + TIME + ", "
            + TIME + ", " + TIME + ", " + TIME + ", " + CONTENT + " FROM " + table(FinalReportEntity.class) + " f WHERE f." + column("CouncilId") + " = ?"
            + " AND f." + column("ReportYear") + " = ?";

    static final String SQL = MEETINGS + " UNION ALL " + MEMBER_MEETINGS + " UNION ALL " + ITEMS
            + " UNION ALL " + HEARINGS + " UNION ALL " + ACTIONS + " UNION ALL " + ENTRIES + " UNION ALL " + FINAL;

    private final ReadOnlySql sql;

    public AnnualReportQuery(ReadOnlySql sql) {
        this.sql = sql;
    }

    /** The rows of one council's year; the bounds come as instants in the council's zone and as calendar days. */
    ReportRows read(int councilId, ReportPeriod period) {
        Timestamp start = Timestamp.from(period.start());
        Timestamp end = Timestamp.from(period.end());
        Timestamp cutOff = Timestamp.from(period.cutOff());
        List<Object> parameters = List.of(
                councilId, start, end,
                councilId, start, end,
                councilId, start, end,
                councilId, CalendarDays.toTimestamp(period.firstDay()), CalendarDays.toTimestamp(period.dayAfter()),
                start, end, start, end, CalendarDays.toTimestamp(period.cutOffDay()), cutOff, cutOff, councilId,
                councilId, start, end,
                councilId, period.year());
        return sql.query(SQL, parameters, AnnualReportQuery::rows);
    }

    private static ReportRows rows(ResultSet rows) throws SQLException {
        List<ReportRows.Meeting> meetings = new ArrayList<>();
        List<ReportRows.MemberMeeting> memberMeetings = new ArrayList<>();
        List<ReportRows.Items> items = new ArrayList<>();
        List<ReportRows.Hearing> hearings = new ArrayList<>();
        List<ReportRows.Actions> actions = new ArrayList<>();
        List<ReportRows.Entry> entries = new ArrayList<>();
        Integer finalSequence = null;
        while (rows.next()) {
            String section = rows.getString("section");
            switch (section) {
                case "M" -> meetings.add(new ReportRows.Meeting(rows.getString("text_2"), instant(rows, "time_1"),
                        instant(rows, "time_2"), day(rows, "time_3"), instant(rows, "time_4"), day(rows, "time_5"),
                        rows.getInt("number_1"), strip(rows.getString("text_1")), rows.getString("text_3"),
                        nullableLong(rows, "number_2"), rows.getString("content")));
                case "A" -> memberMeetings.add(new ReportRows.MemberMeeting(rows.getString("text_1"),
                        rows.getString("text_2"), instant(rows, "time_1"), day(rows, "time_2"), day(rows, "time_3")));
                case "I" -> items.add(new ReportRows.Items(rows.getString("text_1"), rows.getInt("number_1"),
                        rows.getInt("number_2"), rows.getInt("number_3")));
                case "H" -> hearings.add(new ReportRows.Hearing(rows.getString("text_2"), day(rows, "time_1"),
                        day(rows, "time_2"), rows.getInt("number_1"), strip(rows.getString("text_1")),
                        day(rows, "time_3"), nullableLong(rows, "number_2"), strip(rows.getString("text_3"))));
                case "X" -> actions.add(new ReportRows.Actions(nullableInt(rows, "number_4"), rows.getString("text_1"),
                        rows.getInt("number_1"), rows.getInt("number_2"), rows.getInt("number_3")));
                case "E" -> entries.add(new ReportRows.Entry(instant(rows, "time_1"), nullableDay(rows, "time_2"),
                        nullableInt(rows, "number_1"), rows.getInt("number_2"), rows.getString("text_1"),
                        strip(rows.getString("text_2")), strip(rows.getString("text_3"))));
                case "F" -> finalSequence = nullableInt(rows, "number_1");
                default -> throw new SQLException("Unknown report section " + section);
            }
        }
        return new ReportRows(meetings, memberMeetings, items, hearings, actions, entries, finalSequence);
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        Timestamp value = rows.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /** A calendar day as stored (midnight UTC). */
    private static LocalDate day(ResultSet rows, String column) throws SQLException {
        return CalendarDays.toDay(rows.getTimestamp(column));
    }

    private static Long nullableLong(ResultSet rows, String column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    /** A text read through the CHAR-typed slot, which PostgreSQL may pad with blanks. */
    private static String strip(String value) {
        return value == null ? null : value.stripTrailing();
    }

    private static LocalDate nullableDay(ResultSet rows, String column) throws SQLException {
        Timestamp value = rows.getTimestamp(column);
        return value == null ? null : CalendarDays.toDay(value);
    }

    private static Integer nullableInt(ResultSet rows, String column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }
}
