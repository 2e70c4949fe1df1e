package org.samraad.plan;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.samraad.council.MemberEntity;
import org.samraad.council.SeatEntity;
import org.samraad.meeting.MeetingEntity;
import org.samraad.meeting.MeetingStatus;
import org.samraad.platform.sql.ReadOnlySql;
import org.springframework.stereotype.Component;

/**
 * What a new council's getting-started checklist counts, in one statement: its seats, its members (not erased), its
 * plan entries and meetings (not cancelled) in a year, and its meetings that have a page.
 */
@Component
public class GettingStartedQuery {
    private final ReadOnlySql sql;

    public GettingStartedQuery(ReadOnlySql sql) {
        this.sql = sql;
    }

    /** The counts for {@code councilId} and the calendar year {@code year} in the council's zone {@code zone}. */
    public GettingStartedCounts counts(int councilId, int year, ZoneId zone) {
        Timestamp from = Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant());
        Timestamp to = Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant());
        String council = column("CouncilId") + " = ?";
        String meetings = table(MeetingEntity.class);
        String statement = "SELECT"
                + " (SELECT COUNT(*) FROM " + table(SeatEntity.class) + " WHERE " + council + ") AS seats,"
                + " (SELECT COUNT(*) FROM " + table(MemberEntity.class) + " WHERE " + council + " AND "
                + column("AnonymisedAt") + " IS NULL) AS members,"
                + " (SELECT COUNT(*) FROM " + table(PlanEntryEntity.class) + " WHERE " + council + " AND "
                + column("StartsAt") + " >= ? AND " + column("StartsAt") + " < ?) AS plan_entries,"
                + " (SELECT COUNT(*) FROM " + meetings + " WHERE " + council + " AND " + column("Status") + " <> ? AND "
                + column("StartsAt") + " >= ? AND " + column("StartsAt") + " < ?) AS year_meetings,"
                + " (SELECT COUNT(*) FROM " + meetings + " WHERE " + council + " AND " + column("PageId")
                + " IS NOT NULL) AS meeting_pages"
                + " FROM " + table(org.samraad.council.CouncilEntity.class) + " WHERE " + column("ID") + " = ?";
        String cancelled = MeetingStatus.CANCELLED.name();
        return sql.query(statement, List.of(councilId, councilId, councilId, from, to, councilId, cancelled, from, to,
                councilId, councilId), rows -> rows.next()
                        ? new GettingStartedCounts(rows.getInt("seats"), rows.getInt("members"),
                                rows.getInt("plan_entries"), rows.getInt("year_meetings"), rows.getInt("meeting_pages"))
                        : new GettingStartedCounts(0, 0, 0, 0, 0));
    }
}
