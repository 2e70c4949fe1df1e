package org.samraad.meeting;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.samraad.platform.sql.ReadOnlySql;
import org.springframework.stereotype.Component;

/**
 * The council's meeting before and after a given one (cancelled meetings left out), for the meeting header's
 * navigation: one statement each, whatever the number of meetings. Plain SQL with the database's own row limit
 * ({@link ReadOnlySql#window}): the header is on every meeting page, and Active Objects' entity proxies cost more
 * than the statement itself (mvn -Pbenchmark, MeetingPageBenchmark).
 */
@Component
public class MeetingNeighboursQuery {
    private static final String SELECT = "SELECT m." + column("ID") + " AS m_id, m." + column("PageId")
            + " AS m_page_id, m." + column("Title") + " AS m_title, m." + column("Kind") + " AS m_kind, m."
            + column("StartsAt") + " AS m_starts_at FROM " + table(MeetingEntity.class) + " m WHERE m."
            + column("CouncilId") + " = ? AND m." + column("Status") + " <> ? AND (m." + column("StartsAt")
            + " %1$s ? OR (m." + column("StartsAt") + " = ? AND m." + column("ID") + " %1$s ?)) ORDER BY m."
            + column("StartsAt") + " %2$s, m." + column("ID") + " %2$s";

    private final ReadOnlySql sql;

    public MeetingNeighboursQuery(ReadOnlySql sql) {
        this.sql = sql;
    }

    /** What the navigation shows of a neighbouring meeting. */
    public record Neighbour(int id, Long pageId, String title, MeetingKind kind, java.time.Instant startsAt) {}

    public Optional<Neighbour> previous(Meeting meeting) {
        return one(meeting, "<", "DESC");
    }

    public Optional<Neighbour> next(Meeting meeting) {
        return one(meeting, ">", "ASC");
    }

    private Optional<Neighbour> one(Meeting meeting, String direction, String order) {
        Timestamp startsAt = Timestamp.from(meeting.startsAt().atZone(meeting.zoneId()).toInstant());
        return sql.window(String.format(SELECT, direction, order), List.of(meeting.councilId(),
                MeetingStatus.CANCELLED.name(), startsAt, startsAt, meeting.id()), 0, 1, rows -> {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    long pageId = rows.getLong("m_page_id");
                    Long page = rows.wasNull() ? null : pageId;
                    return Optional.of(new Neighbour(rows.getInt("m_id"), page, rows.getString("m_title"),
                            MeetingKind.valueOf(rows.getString("m_kind")), rows.getTimestamp("m_starts_at").toInstant()));
                });
    }
}
