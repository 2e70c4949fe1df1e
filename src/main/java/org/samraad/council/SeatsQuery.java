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
            + " s." + column("ID") + " AS s_id, s." + column("CouncilId") + " AS s_council_id, s." + column("SeatGroup")
            + " AS s_seat_group, s." + column("Label") + " AS s_label, s." + column("RequiredCount")
            + " AS s_required_count, s." + column("OrganisationId") + " AS s_organisation_id, o." + column("Name")
            + " AS o_name, s." + column("SortOrder") + " AS s_sort_order, s." + column("Version") + " AS s_version"
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
            SeatGroup group = Validation.parse(rows.getString("s_seat_group"), SeatGroup.class);
            seats.add(new Seat(
                    rows.getInt("s_id"),
                    rows.getInt("s_council_id"),
                    group == null ? SeatGroup.OTHER : group,
                    rows.getString("s_label"),
                    rows.getInt("s_required_count"),
                    MembersQuery.nullableInt(rows, "s_organisation_id"),
                    rows.getString("o_name"),
                    rows.getInt("s_sort_order"),
                    rows.getInt("s_version")));
        }
        return seats;
    }
}
