package org.samraad.council;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.sql.ReadOnlySql;
import org.springframework.stereotype.Component;

/**
 * Members with the names of their organisations in one statement. Member lists, the CSV export and the members
 * macro must stay within three statements per request, so the organisation names are joined here instead of
 * being looked up per member (or per list).
 */
@Component
public class MembersQuery {
    private static final String SELECT = "SELECT"
            + " m." + column("ID") + ", m." + column("CouncilId") + ", m." + column("UserKey") + ", m." + column("Name")
            + ", m." + column("Role") + ", m." + column("SeatId") + ", m." + column("OrganisationId") + ", o." + column("Name")
            + ", m." + column("SubstituteForId") + ", m." + column("TermStart") + ", m." + column("TermEnd")
            + ", m." + column("PerDiemEligible") + ", m." + column("PublishConsent") + ", m." + column("ConsentChangedAt")
            + ", m." + column("Email") + ", m." + column("Phone") + ", m." + column("PostalAddress")
            + ", m." + column("AnonymisedAt") + ", m." + column("Version")
            + " FROM " + table(MemberEntity.class) + " m"
            + " LEFT JOIN " + table(OrganisationEntity.class) + " o ON o." + column("ID") + " = m." + column("OrganisationId");
    private static final String OF_COUNCIL = SELECT + " WHERE m." + column("CouncilId") + " = ? ORDER BY m." + column("ID");
    private static final String BY_ID = SELECT + " WHERE m." + column("ID") + " = ?";
    private static final String OF_USER = SELECT + " WHERE m." + column("CouncilId") + " = ? AND m." + column("UserKey") + " = ?";

    private final ReadOnlySql sql;

    public MembersQuery(ReadOnlySql sql) {
        this.sql = sql;
    }

    public List<MemberRow> ofCouncil(int councilId) {
        return sql.query(OF_COUNCIL, List.of(councilId), MembersQuery::read);
    }

    Optional<MemberRow> byId(int id) {
        return sql.query(BY_ID, List.of(id), MembersQuery::read).stream().findFirst();
    }

    /** The rows of one Confluence user in one council: enough to tell whether the caller is an insider. */
    public List<MemberRow> ofUser(int councilId, String userKey) {
        return sql.query(OF_USER, List.of(councilId, userKey), MembersQuery::read);
    }

    private static List<MemberRow> read(ResultSet rows) throws SQLException {
        List<MemberRow> members = new ArrayList<>();
        while (rows.next()) {
            members.add(new MemberRow(
                    rows.getInt(1),
                    rows.getInt(2),
                    rows.getString(3),
                    rows.getString(4),
                    MemberRow.role(rows.getString(5)),
                    nullableInt(rows, 6),
                    nullableInt(rows, 7),
                    rows.getString(8),
                    nullableInt(rows, 9),
                    CalendarDays.toDay(rows.getTimestamp(10)),
                    CalendarDays.toDay(rows.getTimestamp(11)),
                    rows.getBoolean(12),
                    rows.getBoolean(13),
                    rows.getTimestamp(14) == null ? null : rows.getTimestamp(14).toInstant(),
                    rows.getString(15),
                    rows.getString(16),
                    rows.getString(17),
                    rows.getTimestamp(18) == null ? null : rows.getTimestamp(18).toInstant(),
                    rows.getInt(19)));
        }
        return members;
    }

    static Integer nullableInt(ResultSet rows, int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }
}
