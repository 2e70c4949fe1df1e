package org.samraad.action;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import org.samraad.council.OverviewCounts;
import org.samraad.platform.sql.EnumSql;
import org.springframework.stereotype.Component;

/** The council overview counts actions while open or in progress. */
@Component
public class ActionOverviewCounts implements OverviewCounts {
    @Override
    public Figure figure() {
        return Figure.OPEN_ACTIONS;
    }

    @Override
    public String countSql() {
        return "(SELECT COUNT(*) FROM " + table(ActionItemEntity.class) + " a WHERE a." + column("CouncilId") + " = ?"
                + "   AND a." + column("Status") + " IN " + EnumSql.inList(ActionStatus.class, s -> !s.isClosed()) + ")";
    }
}
