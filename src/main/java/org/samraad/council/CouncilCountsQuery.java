package org.samraad.council;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.sql.ReadOnlySql;
import org.springframework.stereotype.Component;

/**
 * The four counts of the council overview in one statement, so the macro stays within its budget of three
 * statements however large the council. Members count while current ({@link CurrentMember}); the other
 * figures are counted by their features ({@link OverviewCounts}: actions while open or in progress, hearings until
 * submitted or declined, meetings unless cancelled), 0 where no feature counts.
 */
@Component
public class CouncilCountsQuery {
    private final ReadOnlySql sql;
    private final String statement;
    private final int counted;

    public CouncilCountsQuery(ReadOnlySql sql, List<OverviewCounts> features) {
        this.sql = sql;
        Map<OverviewCounts.Figure, String> counts = new EnumMap<>(OverviewCounts.Figure.class);
        for (OverviewCounts feature : features) {
            if (counts.put(feature.figure(), feature.countSql()) != null) {
                throw new IllegalStateException("two features count " + feature.figure());
            }
        }
        List<String> columns = new ArrayList<>();
        columns.add("(SELECT COUNT(*) FROM " + table(MemberEntity.class) + " m WHERE m." + column("CouncilId") + " = ?"
                + " AND " + CurrentMember.sql("m") + ") AS members");
        for (OverviewCounts.Figure figure : OverviewCounts.Figure.values()) {
            columns.add(counts.getOrDefault(figure, "0") + " AS " + figure.name().toLowerCase(Locale.ROOT));
        }
        counted = counts.size();
        statement = "SELECT " + String.join(", ", columns)
                + " FROM " + table(CouncilEntity.class) + " c WHERE c." + column("ID") + " = ?";
    }

    CouncilCounts countsFor(int councilId, LocalDate today) {
        List<Object> parameters = new ArrayList<>(List.of(councilId, CalendarDays.toTimestamp(today)));
        for (int i = 0; i < counted; i++) {
            parameters.add(councilId);
        }
        parameters.add(councilId);
        return sql.query(statement, parameters, rows -> rows.next()
                ? new CouncilCounts(rows.getInt("members"), rows.getInt("meetings"), rows.getInt("open_actions"),
                        rows.getInt("open_hearings"))
                : new CouncilCounts(0, 0, 0, 0));
    }
}
