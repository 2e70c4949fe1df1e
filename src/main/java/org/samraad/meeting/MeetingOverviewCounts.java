package org.samraad.meeting;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import org.samraad.council.OverviewCounts;
import org.samraad.platform.sql.EnumSql;
import org.springframework.stereotype.Component;

/** The council overview counts meetings unless cancelled. */
@Component
public class MeetingOverviewCounts implements OverviewCounts {
    @Override
    public Figure figure() {
        return Figure.MEETINGS;
    }

    @Override
    public String countSql() {
        return "(SELECT COUNT(*) FROM " + table(MeetingEntity.class) + " g WHERE g." + column("CouncilId") + " = ?"
                + "   AND g." + column("Status") + " <> " + EnumSql.literal(MeetingStatus.CANCELLED) + ")";
    }
}
