package org.samraad.council;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.java.ao.RawEntity;
import org.samraad.platform.sql.ReadOnlySql;
import org.springframework.stereotype.Component;

/**
 * Whether anything still names an organisation, in one statement whatever the number of tables: members and
 * seats (composition), and the rows of every feature that names organisations ({@link CouncilReferences}: action
 * items by owner, attendance by guests' organisation). The plugin has no foreign keys (AO tables of different
 * features), so this check is what keeps those rows from pointing at nothing.
 */
@Component
public class OrganisationReferencesQuery {
    private final ReadOnlySql sql;
    private final List<Class<? extends RawEntity<Integer>>> naming = new ArrayList<>(List.of(MemberEntity.class,
            SeatEntity.class));
    private final String statement;

    public OrganisationReferencesQuery(ReadOnlySql sql, List<CouncilReferences> features) {
        this.sql = sql;
        features.forEach(feature -> naming.addAll(feature.namingOrganisation()));
        statement = "SELECT CASE WHEN "
                + String.join(" OR ", naming.stream().map(type -> "EXISTS (SELECT 1 FROM " + table(type) + " r WHERE r."
                        + column("OrganisationId") + " = ?)").toList())
                + " THEN 1 ELSE 0 END AS referenced FROM " + table(OrganisationEntity.class) + " o WHERE o." + column("ID") + " = ?";
    }

    boolean isReferenced(int organisationId) {
        return sql.query(statement, Collections.nCopies(naming.size() + 1, organisationId),
                rows -> rows.next() && rows.getInt("referenced") == 1);
    }
}
