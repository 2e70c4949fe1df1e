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
            + " m." + column("ID") + " AS m_id, m." + column("CouncilId") + " AS m_council_id, m." + column("UserKey")
            + " AS m_user_key, m." + column("Name") + " AS m_name, m." + column("Role") + " AS m_role, m."
            + column("SeatId") + " AS m_seat_id, m." + column("OrganisationId") + " AS m_organisation_id, o."
            + column("Name") + " AS o_name, m." + column("SubstituteForId") + " AS m_substitute_for_id, m."
            + column("TermStart") + " AS m_term_start, m." + column("TermEnd") + " AS m_term_end, m."
            + column("PerDiemEligible") + " AS m_per_diem_eligible, m." + column("PublishConsent")
            + " AS m_publish_consent, m." + column("ConsentChangedAt") + " AS m_consent_changed_at, m."
            + column("Email") + " AS m_email, m." + column("Phone") + " AS m_phone, m." + column("PostalAddress")
            + " AS m_postal_address, m." + column("AnonymisedAt") + " AS m_anonymised_at, m." + column("Version")
            + " AS m_version, m." + column("PersonId") + " AS m_person_id"
            + " FROM " + table(MemberEntity.class) + " m"
            + " LEFT JOIN " + table(OrganisationEntity.class) + " o ON o." + column("ID") + " = m." + column("OrganisationId");
    private static final String OF_COUNCIL = SELECT + " WHERE m." + column("CouncilId") + " = ? ORDER BY m." + column("ID");
    private static final String BY_ID = SELECT + " WHERE m." + column("ID") + " = ?";
    private static final String OF_USER = SELECT + " WHERE m." + column("CouncilId") + " = ? AND m." + column("UserKey") + " = ?";

    /** Councils with their members: a council without members still gives its name (a row with no member). */
    private static final String OF_COUNCILS = SELECT.replace(
            " FROM " + table(MemberEntity.class) + " m", ", c." + column("ID") + " AS c_id, c." + column("Name")
                    + " AS c_name FROM " + table(CouncilEntity.class) + " c LEFT JOIN " + table(MemberEntity.class)
                    + " m ON m." + column("CouncilId") + " = c." + column("ID"))
            + " WHERE c." + column("ID") + " IN (%s) ORDER BY m." + column("ID");

    private final ReadOnlySql sql;

    public MembersQuery(ReadOnlySql sql) {
        this.sql = sql;
    }

    public List<MemberRow> ofCouncil(int councilId) {
        return sql.query(OF_COUNCIL, List.of(councilId), MembersQuery::read);
    }

    /**
     * The members of several councils and the councils' names, in one statement (a joint meeting's attendance).
     * Councils that do not exist (any more) are left out.
     */
    public Councils ofCouncils(List<Integer> councilIds) {
        return sql.query(OF_COUNCILS.formatted(org.samraad.platform.sql.SqlStatements.placeholders(councilIds.size())),
                List.copyOf(councilIds), rows -> {
                    java.util.Map<Integer, String> names = new java.util.HashMap<>();
                    List<MemberRow> members = new ArrayList<>();
                    while (rows.next()) {
                        names.put(rows.getInt("c_id"), rows.getString("c_name"));
                        rows.getInt("m_id");
                        if (!rows.wasNull()) {
                            members.add(row(rows));
                        }
                    }
                    return new Councils(names, members);
                });
    }

    /** Councils' names by id, and their members. */
    public record Councils(java.util.Map<Integer, String> names, List<MemberRow> members) {
        public Councils {
            names = java.util.Map.copyOf(names);
            members = List.copyOf(members);
        }
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
            members.add(row(rows));
        }
        return members;
    }

    private static MemberRow row(ResultSet rows) throws SQLException {
        return new MemberRow(
                rows.getInt("m_id"),
                rows.getInt("m_council_id"),
                rows.getString("m_user_key"),
                rows.getString("m_name"),
                MemberRow.role(rows.getString("m_role")),
                nullableInt(rows, "m_seat_id"),
                nullableInt(rows, "m_organisation_id"),
                rows.getString("o_name"),
                nullableInt(rows, "m_substitute_for_id"),
                CalendarDays.toDay(rows.getTimestamp("m_term_start")),
                CalendarDays.toDay(rows.getTimestamp("m_term_end")),
                rows.getBoolean("m_per_diem_eligible"),
                rows.getBoolean("m_publish_consent"),
                rows.getTimestamp("m_consent_changed_at") == null ? null
                        : rows.getTimestamp("m_consent_changed_at").toInstant(),
                rows.getString("m_email"),
                rows.getString("m_phone"),
                rows.getString("m_postal_address"),
                rows.getTimestamp("m_anonymised_at") == null ? null
                        : rows.getTimestamp("m_anonymised_at").toInstant(),
                rows.getInt("m_version"),
                nullableInt(rows, "m_person_id"));
    }

    static Integer nullableInt(ResultSet rows, String column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }
}
