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
    /** The first branch names the columns of all three (a UNION takes its labels from the first). */
    private static final String SQL = "SELECT 'E' AS p_source, " + column("ID") + " AS p_item_id, " + column("Kind")
            + " AS p_kind, NULL AS p_status, " + column("Title") + " AS p_title, " + column("StartsAt") + " AS p_starts_at, "
            + column("EndsAt") + " AS p_ends_at, CASE WHEN " + column("AllDay") + " THEN 1 ELSE 0 END AS p_all_day, "
            + column("Place") + " AS p_place, " + column("Description") + " AS p_description, NULL AS p_page_id, "
            + column("Version") + " AS p_version, " + column("EndDate") + " AS p_end_date, " + column("Visitors")
            + " AS p_visitors FROM " + table(PlanEntryEntity.class) + " WHERE "
            + column("CouncilId") + " = ? AND " + column("StartsAt") + " >= ? AND " + column("StartsAt") + " < ?"
            + " UNION ALL SELECT 'M', " + column("ID") + ", " + column("Kind") + ", " + column("Status") + ", "
            + column("Title") + ", " + column("StartsAt") + ", " + column("EndsAt") + ", 0, " + column("Place")
            + ", NULL, " + column("PageId") + ", " + column("Version") + ", NULL, NULL FROM " + table(MeetingEntity.class)
            + " WHERE " + column("CouncilId") + " = ? AND " + column("StartsAt") + " >= ? AND "
            + column("StartsAt") + " < ?"
            + " UNION ALL SELECT 'H', " + column("ID") + ", 'DEADLINE', " + column("Status") + ", "
            + column("Subject") + ", " + column("Deadline") + ", NULL, 1, NULL, NULL, " + column("PageId") + ", "
            + column("Version") + ", NULL, NULL FROM " + table(HearingEntity.class) + " WHERE " + column("CouncilId")
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
        String source = rows.getString("p_source").trim();
        boolean allDay = rows.getInt("p_all_day") == 1;
        LocalDateTime starts;
        if ("H".equals(source)) {
            starts = CalendarDays.toDay(rows.getTimestamp("p_starts_at")).atStartOfDay();
        } else {
            starts = LocalDateTime.ofInstant(rows.getTimestamp("p_starts_at").toInstant(), zone);
        }
        Timestamp ends = rows.getTimestamp("p_ends_at");
        long pageId = rows.getLong("p_page_id");
        Long page = rows.wasNull() ? null : pageId;
        Timestamp endDate = rows.getTimestamp("p_end_date");
        int visitors = rows.getInt("p_visitors");
        Integer counted = rows.wasNull() ? null : visitors;
        return new AnnualPlanItem(
                switch (source) {
                    case "M" -> AnnualPlanSource.MEETING;
                    case "H" -> AnnualPlanSource.HEARING_DEADLINE;
                    default -> AnnualPlanSource.ENTRY;
                },
                rows.getInt("p_item_id"),
                rows.getString("p_kind"),
                rows.getString("p_title"),
                starts.toLocalDate(),
                allDay ? null : starts.toLocalTime(),
                ends == null ? null : LocalTime.from(LocalDateTime.ofInstant(ends.toInstant(), zone)),
                rows.getString("p_status"),
                rows.getString("p_place"),
                rows.getString("p_description"),
                page,
                rows.getInt("p_version"),
                endDate == null ? null : CalendarDays.toDay(endDate),
                counted,
                List.of());
    }
}
