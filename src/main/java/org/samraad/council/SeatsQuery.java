package org.samraad.council;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.samraad.platform.Validation;
import org.samraad.platform.sql.ReadOnlySql;
import org.springframework.stereotype.Component;

/** A council's seats in their order, with the names of the organisations they are reserved for, in one statement. */
@Component
public class SeatsQuery {
    private static final String SELECT = "SELECT"
            + " s." + column("ID") + ", s." + column("CouncilId") + ", s." + column("SeatGroup") + ", s." + column("Label")
            + ", s." + column("RequiredCount") + ", s." + column("OrganisationId") + ", o." + column("Name")
            + ", s." + column("SortOrder") + ", s." + column("Version")
            + " FROM " + table(SeatEntity.class) + " s"
            + " LEFT JOIN " + table(OrganisationEntity.class) + " o ON o." + column("ID") + " = s." + column("OrganisationId");
    private static final String OF_COUNCIL = SELECT + " WHERE s." + column("CouncilId") + " = ?"
            + " ORDER BY s." + column("SortOrder") + ", s." + column("ID");

    private final ReadOnlySql sql;

    public SeatsQuery(ReadOnlySql sql) {
        this.sql = sql;
    }

    List<Seat> ofCouncil(int councilId) {
        return sql.query(OF_COUNCIL, List.of(councilId), SeatsQuery::read);
    }

    private static List<Seat> read(ResultSet rows) throws SQLException {
        List<Seat> seats = new ArrayList<>();
        while (rows.next()) {
            SeatGroup group = Validation.parse(rows.getString(3), SeatGroup.class);
            seats.add(new Seat(
                    rows.getInt(1),
                    rows.getInt(2),
                    group == null ? SeatGroup.OTHER : group,
                    rows.getString(4),
                    rows.getInt(5),
                    MembersQuery.nullableInt(rows, 6),
                    rows.getString(7),
                    rows.getInt(8),
                    rows.getInt(9)));
        }
        return seats;
    }
}
