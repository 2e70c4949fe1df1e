package org.samraad.hearing;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import org.samraad.council.OverviewCounts;
import org.samraad.platform.sql.EnumSql;
import org.springframework.stereotype.Component;

/** The council overview counts hearings until submitted or declined. */
@Component
public class HearingOverviewCounts implements OverviewCounts {
    @Override
    public Figure figure() {
        return Figure.OPEN_HEARINGS;
    }

    @Override
    public String countSql() {
        return "(SELECT COUNT(*) FROM " + table(HearingEntity.class) + " h WHERE h." + column("CouncilId") + " = ?"
                + "   AND h." + column("Status") + " IN " + EnumSql.inList(HearingStatus.class, HearingStatus::isOpen) + ")";
    }
}
