package org.samraad.plan;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.samraad.hearing.HearingEntity;
import org.samraad.meeting.MeetingEntity;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.sql.ReadOnlySql;
import org.springframework.stereotype.Component;

/**
 * The annual plan's one read: a council's meetings, hearing deadlines and own entries of a year in a single UNION
 * ALL statement, however many there are. Meetings and entries are instants, so the year is bounded in the
 * council's zone; hearing deadlines are calendar days (midnight UTC), so theirs is bounded in UTC.
 */
@Component
public class AnnualPlanQuery {
    private static final String SQL = "SELECT 'E', " + column("ID") + ", " + column("Kind") + ", NULL, "
            + column("Title") + ", " + column("StartsAt") + ", " + column("EndsAt") + ", CASE WHEN "
            + column("AllDay") + " THEN 1 ELSE 0 END, " + column("Place") + ", " + column("Description")
            + ", NULL, " + column("Version") + " FROM " + table(PlanEntryEntity.class) + " WHERE "
            + column("CouncilId") + " = ? AND " + column("StartsAt") + " >= ? AND " + column("StartsAt") + " < ?"
            + " UNION ALL SELECT 'M', " + column("ID") + ", " + column("Kind") + ", " + column("Status") + ", "
            + column("Title") + ", " + column("StartsAt") + ", " + column("EndsAt") + ", 0, " + column("Place")
            + ", NULL, " + column("PageId") + ", " + column("Version") + " FROM " + table(MeetingEntity.class)
            + " WHERE " + column("CouncilId") + " = ? AND " + column("StartsAt") + " >= ? AND "
            + column("StartsAt") + " < ?"
            + " UNION ALL SELECT 'H', " + column("ID") + ", 'DEADLINE', " + column("Status") + ", "
            + column("Subject") + ", " + column("Deadline") + ", NULL, 1, NULL, NULL, " + column("PageId") + ", "
            + column("Version") + " FROM " + table(HearingEntity.class) + " WHERE " + column("CouncilId")
            + " = ? AND " + column("Deadline") + " >= ? AND " + column("Deadline") + " < ?";

    private final ReadOnlySql sql;

    public AnnualPlanQuery(ReadOnlySql sql) {
        this.sql = sql;
    }

    /** The year's lines in no particular order. One statement. */
    List<AnnualPlanItem> items(int councilId, int year, ZoneId zone) {
        Timestamp from = Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant());
        Timestamp to = Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant());
        List<Object> parameters = List.of(councilId, from, to, councilId, from, to, councilId,
                CalendarDays.toTimestamp(LocalDate.of(year, 1, 1)), CalendarDays.toTimestamp(LocalDate.of(year + 1, 1, 1)));
        return sql.query(SQL, parameters, rows -> {
            List<AnnualPlanItem> items = new ArrayList<>();
            while (rows.next()) {
                items.add(read(rows, zone));
            }
            return items;
        });
    }

    private static AnnualPlanItem read(ResultSet rows, ZoneId zone) throws SQLException {
        String source = rows.getString(1).trim();
        boolean allDay = rows.getInt(8) == 1;
        LocalDateTime starts;
        if ("H".equals(source)) {
            starts = CalendarDays.toDay(rows.getTimestamp(6)).atStartOfDay();
        } else {
            starts = LocalDateTime.ofInstant(rows.getTimestamp(6).toInstant(), zone);
        }
        Timestamp ends = rows.getTimestamp(7);
        long pageId = rows.getLong(11);
        Long page = rows.wasNull() ? null : pageId;
        return new AnnualPlanItem(
                switch (source) {
                    case "M" -> AnnualPlanSource.MEETING;
                    case "H" -> AnnualPlanSource.HEARING_DEADLINE;
                    default -> AnnualPlanSource.ENTRY;
                },
                rows.getInt(2),
                rows.getString(3),
                rows.getString(5),
                starts.toLocalDate(),
                allDay ? null : starts.toLocalTime(),
                ends == null ? null : LocalTime.from(LocalDateTime.ofInstant(ends.toInstant(), zone)),
                rows.getString(4),
                rows.getString(9),
                rows.getString(10),
                page,
                rows.getInt(12));
    }
}
