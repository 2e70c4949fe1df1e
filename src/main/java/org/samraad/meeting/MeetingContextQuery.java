package org.samraad.meeting;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.samraad.council.Council;
import org.samraad.council.CouncilEntity;
import org.samraad.council.CouncilKind;
import org.samraad.council.CouncilZone;
import org.samraad.council.MemberRole;
import org.samraad.council.ServingMemberSql;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.sql.ReadOnlySql;
import org.springframework.stereotype.Component;

/**
 * Loads a meeting, its council and whether a given user serves on the council as an insider and as its secretary,
 * in one statement, so
 * a meeting macro keeps two of its three statements for its own rows. Permissions are not checked here (they cost
 * no SQL and live in {@link MeetingAccess}).
 */
@Component
public class MeetingContextQuery {
    private static final String SELECT = "SELECT m." + column("ID")
            + ", m." + column("CouncilId") + ", m." + column("PageId") + ", m." + column("Title")
            + ", m." + column("Kind") + ", m." + column("Status") + ", m." + column("StartsAt")
            + ", m." + column("EndsAt") + ", m." + column("Place") + ", m." + column("OpenToPublic")
            + ", m." + column("RequestDeadline") + ", m." + column("DispatchDeadline")
            + ", m." + column("AgendaPublishedAt") + ", m." + column("MinutesApprovedAt")
            + ", m." + column("MinutesApprovedBy") + ", m." + column("MinutesReopenedAt")
            + ", m." + column("MinutesReopenedBy") + ", m." + column("MinutesPublishedAt")
            + ", m." + column("Version")
            + ", c." + column("SpaceKey") + ", c." + column("Name") + ", c." + column("Kind")
            + ", c." + column("Purpose") + ", c." + column("Version") + ", c." + column("Locale")
            + ", " + ServingMemberSql.countOf("mb", "c." + column("ID"), MemberRole::isInsider)
            + ", m." + column("MinutesTarget") + ", c." + column("RequestDays") + ", c." + column("DispatchDays")
            + ", c." + column("MinutesDays") + ", c." + column("MeetingTitlePattern")
            + ", c." + column("ActionReminderDays")
            + ", " + ServingMemberSql.countOf("ms", "c." + column("ID"), role -> role == MemberRole.SECRETARY)
            + " FROM " + table(MeetingEntity.class) + " m JOIN " + table(CouncilEntity.class) + " c ON c."
            + column("ID") + " = m." + column("CouncilId");

    private final ReadOnlySql sql;

    public MeetingContextQuery(ReadOnlySql sql) {
        this.sql = sql;
    }

    /** The meeting, its council and the user's membership; the boolean is false for a null user key. */
    public Optional<Row> byId(int meetingId, String userKey, LocalDate today) {
        return one(" WHERE m." + column("ID") + " = ?", meetingId, userKey, today);
    }

    /** The meeting recorded for a page (the blueprint links them); the oldest if several claim the page. */
    public Optional<Row> byPage(long pageId, String userKey, LocalDate today) {
        return one(" WHERE m." + column("PageId") + " = ? ORDER BY m." + column("ID"), pageId, userKey, today);
    }

    private Optional<Row> one(String where, Object key, String userKey, LocalDate today) {
        List<Object> parameters = new ArrayList<>(ServingMemberSql.parameters(userKey, today));
        parameters.addAll(ServingMemberSql.parameters(userKey, today));
        parameters.add(key);
        return sql.query(SELECT + where, parameters, rows -> {
            if (!rows.next()) {
                return Optional.empty();
            }
            return Optional.of(read(rows));
        });
    }

    private static Row read(ResultSet rows) throws SQLException {
        String locale = rows.getString(25);
        ZoneId zone = CouncilZone.forLocale(locale);
        long pageId = rows.getLong(3);
        Long page = rows.wasNull() ? null : pageId;
        Meeting meeting = new Meeting(
                rows.getInt(1),
                rows.getInt(2),
                page,
                rows.getString(4),
                MeetingKind.valueOf(rows.getString(5)),
                MeetingStatus.valueOf(rows.getString(6)),
                Meeting.local(date(rows.getTimestamp(7)), zone),
                Meeting.local(date(rows.getTimestamp(8)), zone),
                zone.getId(),
                rows.getString(9),
                rows.getBoolean(10),
                rows.getTimestamp(11) == null ? null : CalendarDays.toDay(rows.getTimestamp(11)),
                rows.getTimestamp(12) == null ? null : CalendarDays.toDay(rows.getTimestamp(12)),
                CalendarDays.toDay(rows.getTimestamp(27)),
                instant(rows.getTimestamp(13)),
                instant(rows.getTimestamp(14)),
                rows.getString(15),
                instant(rows.getTimestamp(16)),
                rows.getString(17),
                instant(rows.getTimestamp(18)),
                rows.getInt(19));
        Council council = new Council(meeting.councilId(), rows.getString(20), rows.getString(21),
                CouncilKind.valueOf(rows.getString(22)), rows.getString(23), locale, rows.getInt(28),
                rows.getInt(29), rows.getInt(30), rows.getString(31), rows.getInt(32), rows.getInt(24));
        return new Row(meeting, council, locale, rows.getLong(26) > 0, rows.getLong(33) > 0);
    }

    private static Date date(Timestamp timestamp) {
        return timestamp == null ? null : new Date(timestamp.getTime());
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** What the statement returns, before permissions are applied. */
    public record Row(Meeting meeting, Council council, String councilLocale, boolean servingInsider,
            boolean servingSecretary) {}
}
