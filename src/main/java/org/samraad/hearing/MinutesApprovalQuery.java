package org.samraad.hearing;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.samraad.meeting.AgendaItemEntity;
import org.samraad.meeting.MeetingEntity;
import org.samraad.meeting.MeetingStatus;
import org.samraad.platform.rest.Iso8601;
import org.samraad.platform.sql.EnumSql;
import org.samraad.platform.sql.ReadOnlySql;
import org.springframework.stereotype.Component;

/**
 * Whether approved minutes hold a decision on a hearing that approval could not approve because the hearing was
 * still in drafting: an item about the hearing with a decision, in minutes of the hearing's council approved (or
 * published) after the hearing last went into drafting — so a response reopened for drafting after its approval
 * is not approved again by the old minutes. One statement.
 */
@Component
public class MinutesApprovalQuery {
    private static final String SELECT = "SELECT i." + column("ID") + " AS i_id, i." + column("Decision")
            + " AS i_decision, m." + column("ID") + " AS m_id, m." + column("Title") + " AS m_title, m."
            + column("StartsAt") + " AS m_starts_at"
            + " FROM " + table(AgendaItemEntity.class) + " i JOIN " + table(MeetingEntity.class) + " m ON m."
            + column("ID") + " = i." + column("MeetingId")
            + " WHERE i." + column("HearingId") + " = ? AND m." + column("CouncilId") + " = ? AND m."
            + column("Status") + " IN "
            + EnumSql.inList(MeetingStatus.class, MeetingStatus::decisionsLocked)
            + " AND i." + column("Decision") + " IS NOT NULL AND m."
            + column("MinutesApprovedAt") + " > (SELECT MAX(e." + column("OccurredAt") + ") FROM "
            + table(HearingEventEntity.class) + " e WHERE e." + column("HearingId") + " = ? AND e."
            + column("ToStatus") + " = " + EnumSql.literal(HearingStatus.DRAFTING) + ")"
            + " ORDER BY m." + column("MinutesApprovedAt") + " DESC, i." + column("ID") + " DESC";

    private final ReadOnlySql sql;

    public MinutesApprovalQuery(ReadOnlySql sql) {
        this.sql = sql;
    }

    /** The latest such decision for a hearing now in drafting, if any. */
    public Optional<Approval> pending(int hearingId, int councilId) {
        return sql.query(SELECT, List.of(hearingId, councilId, hearingId), rows -> {
            while (rows.next()) {
                String decision = rows.getString("i_decision");
                if (decision != null && !decision.isBlank()) {
                    Timestamp startsAt = rows.getTimestamp("m_starts_at");
                    return Optional.of(new Approval(rows.getInt("i_id"), rows.getInt("m_id"), rows.getString("m_title"),
                            startsAt == null ? null : startsAt.toInstant()));
                }
            }
            return Optional.empty();
        });
    }

    /** The decided item and the meeting whose approved minutes hold it. */
    public record Approval(int agendaItemId, int meetingId, String meetingTitle, @Iso8601 Instant meetingStartsAt) {}
}
