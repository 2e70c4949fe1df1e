package org.samraad.council;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import java.util.List;
import org.samraad.action.ActionItemEntity;
import org.samraad.meeting.AttendanceEntity;
import org.samraad.platform.sql.ReadOnlySql;
import org.springframework.stereotype.Component;

/**
 * Whether anything still names an organisation, in one statement whatever the number of tables: members and
 * seats (composition), action items (owners) and attendance (guests by organisation). The plugin has no foreign
 * keys (AO tables of different features), so this check is what keeps those rows from pointing at nothing.
 */
@Component
public class OrganisationReferencesQuery {
    private static final String SQL = "SELECT CASE WHEN"
            + " EXISTS (SELECT 1 FROM " + table(MemberEntity.class) + " m WHERE m." + column("OrganisationId") + " = ?)"
            + " OR EXISTS (SELECT 1 FROM " + table(SeatEntity.class) + " s WHERE s." + column("OrganisationId") + " = ?)"
            + " OR EXISTS (SELECT 1 FROM " + table(ActionItemEntity.class) + " a WHERE a." + column("OrganisationId") + " = ?)"
            + " OR EXISTS (SELECT 1 FROM " + table(AttendanceEntity.class) + " t WHERE t." + column("OrganisationId") + " = ?)"
            + " THEN 1 ELSE 0 END AS referenced FROM " + table(OrganisationEntity.class) + " o WHERE o." + column("ID") + " = ?";

    private final ReadOnlySql sql;

    public OrganisationReferencesQuery(ReadOnlySql sql) {
        this.sql = sql;
    }

    boolean isReferenced(int organisationId) {
        return sql.query(SQL, List.of(organisationId, organisationId, organisationId, organisationId, organisationId),
                rows -> rows.next() && rows.getInt("referenced") == 1);
    }
}
