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
 * Whether any record names a council, in one statement: seats and members (former ones and anonymised ones
 * too), and the records of every feature that names councils ({@link CouncilReferences}: meetings, agenda requests,
 * action items and hearings of any status, annual plan entries). The plugin has no foreign keys, so this check is
 * what keeps those rows from pointing at a deleted council. Rows that are not records but personal subscriptions
 * (calendar feeds) go with the council.
 */
@Component
public class CouncilReferencesQuery {
    private final ReadOnlySql sql;
    private final List<Class<? extends RawEntity<Integer>>> records = new ArrayList<>(List.of(SeatEntity.class,
            MemberEntity.class));
    private final List<Class<? extends RawEntity<Integer>>> goingWith = new ArrayList<>();
    private final String statement;

    public CouncilReferencesQuery(ReadOnlySql sql, List<CouncilReferences> features) {
        this.sql = sql;
        for (CouncilReferences feature : features) {
            records.addAll(feature.namingCouncil());
            goingWith.addAll(feature.goingWithCouncil());
        }
        statement = "SELECT CASE WHEN "
                + String.join(" OR ", records.stream().map(type -> "EXISTS (SELECT 1 FROM " + table(type) + " r WHERE r."
                        + column("CouncilId") + " = ?)").toList())
                + " THEN 1 ELSE 0 END AS referenced FROM " + table(CouncilEntity.class) + " c WHERE c." + column("ID") + " = ?";
    }

    boolean isReferenced(int councilId) {
        return sql.query(statement, Collections.nCopies(records.size() + 1, councilId),
                rows -> rows.next() && rows.getInt("referenced") == 1);
    }

    /** The entity types whose rows of a council go with it when it is deleted. */
    List<Class<? extends RawEntity<Integer>>> goingWith() {
        return List.copyOf(goingWith);
    }
}
