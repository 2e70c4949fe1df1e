package org.samraad.council;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.samraad.action.ActionItemEntity;
import org.samraad.action.ActionStatus;
import org.samraad.hearing.HearingEntity;
import org.samraad.hearing.HearingStatus;
import org.samraad.meeting.MeetingEntity;
import org.samraad.meeting.MeetingStatus;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.sql.EnumSql;
import org.samraad.platform.sql.ReadOnlySql;
import org.springframework.stereotype.Component;

/**
 * The four counts of the council overview in one statement, so the macro stays within its budget of three
 * statements however large the council. Members count while their term runs and they are not anonymised;
 * actions while open or in progress; hearings until submitted or declined; meetings unless cancelled.
 */
@Component
public class CouncilCountsQuery {
    private static final String SQL = "SELECT"
            + " (SELECT COUNT(*) FROM " + table(MemberEntity.class) + " m WHERE m." + column("CouncilId") + " = ?"
            + "   AND m." + column("AnonymisedAt") + " IS NULL"
            + "   AND (m." + column("TermEnd") + " IS NULL OR m." + column("TermEnd") + " >= ?)),"
            + " (SELECT COUNT(*) FROM " + table(MeetingEntity.class) + " g WHERE g." + column("CouncilId") + " = ?"
            + "   AND g." + column("Status") + " <> " + EnumSql.literal(MeetingStatus.CANCELLED) + "),"
            + " (SELECT COUNT(*) FROM " + table(ActionItemEntity.class) + " a WHERE a." + column("CouncilId") + " = ?"
            + "   AND a." + column("Status") + " IN " + EnumSql.inList(ActionStatus.class, s -> !s.isClosed()) + "),"
            + " (SELECT COUNT(*) FROM " + table(HearingEntity.class) + " h WHERE h." + column("CouncilId") + " = ?"
            + "   AND h." + column("Status") + " IN " + EnumSql.inList(HearingStatus.class, HearingStatus::isOpen) + ")"
            + " FROM " + table(CouncilEntity.class) + " c WHERE c." + column("ID") + " = ?";

    private final ReadOnlySql sql;

    public CouncilCountsQuery(ReadOnlySql sql) {
        this.sql = sql;
    }

    CouncilCounts countsFor(int councilId, LocalDate today) {
        Timestamp day = CalendarDays.toTimestamp(today);
        return sql.query(SQL, List.of(councilId, day, councilId, councilId, councilId, councilId), rows -> rows.next()
                ? new CouncilCounts(rows.getInt(1), rows.getInt(2), rows.getInt(3), rows.getInt(4))
                : new CouncilCounts(0, 0, 0, 0));
    }
}
