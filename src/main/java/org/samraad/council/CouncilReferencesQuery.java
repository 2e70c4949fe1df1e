package org.samraad.council;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import java.util.Collections;
import java.util.List;
import net.java.ao.RawEntity;
import org.samraad.action.ActionItemEntity;
import org.samraad.hearing.HearingEntity;
import org.samraad.meeting.AgendaRequestEntity;
import org.samraad.meeting.MeetingEntity;
import org.samraad.plan.PlanEntryEntity;
import org.samraad.platform.sql.ReadOnlySql;
import org.springframework.stereotype.Component;

/**
 * Whether any record names a council, in one statement: seats and members (former ones and anonymised ones
 * too), meetings, agenda requests, action items and hearings of any status, and annual plan entries. The plugin
 * has no foreign keys, so this check is what keeps those rows from pointing at a deleted council. Calendar feeds
 * are not records but personal subscriptions; they go with the council.
 */
@Component
public class CouncilReferencesQuery {
    static final List<Class<? extends RawEntity<?>>> RECORDS = List.of(SeatEntity.class, MemberEntity.class,
            MeetingEntity.class, AgendaRequestEntity.class, ActionItemEntity.class, HearingEntity.class,
            PlanEntryEntity.class);
    private static final String SQL = "SELECT CASE WHEN "
            + String.join(" OR ", RECORDS.stream().map(type -> "EXISTS (SELECT 1 FROM " + table(type) + " r WHERE r."
                    + column("CouncilId") + " = ?)").toList())
            + " THEN 1 ELSE 0 END AS referenced FROM " + table(CouncilEntity.class) + " c WHERE c." + column("ID") + " = ?";

    private final ReadOnlySql sql;

    public CouncilReferencesQuery(ReadOnlySql sql) {
        this.sql = sql;
    }

    boolean isReferenced(int councilId) {
        return sql.query(SQL, Collections.nCopies(RECORDS.size() + 1, councilId), rows -> rows.next() && rows.getInt("referenced") == 1);
    }
}
