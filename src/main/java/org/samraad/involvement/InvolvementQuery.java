package org.samraad.involvement;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.samraad.council.CouncilEntity;
import org.samraad.council.MemberRole;
import org.samraad.council.OrganisationEntity;
import org.samraad.council.PersonStanding;
import org.samraad.council.ServingMemberSql;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.Validation;
import org.samraad.platform.sql.ReadOnlySql;
import org.springframework.stereotype.Component;

/**
 * The actors' reads, one statement each: every actor of a council, or one, with its organisation's name, its
 * council's space and language, the staff member's standing in the council and whether the caller serves on it as
 * an insider (who sees unpublished contact names).
 */
@Component
public class InvolvementQuery {
    private static final String ROW = "SELECT a." + column("ID") + " AS a_id, a." + column("CouncilId")
            + " AS a_council_id, c." + column("SpaceKey") + " AS c_space_key, c." + column("Locale") + " AS c_locale"
            + ", a." + column("OrganisationId") + " AS a_organisation_id, o." + column("Name") + " AS o_name"
            + ", a." + column("Name") + " AS a_name, a." + column("Forms") + " AS a_forms, a." + column("Status")
            + " AS a_status, a." + column("PlannedOn") + " AS a_planned_on, a." + column("HeldOn") + " AS a_held_on"
            + ", a." + column("StaffUserKey") + " AS a_staff_user_key, a." + column("ContactName")
            + " AS a_contact_name, a." + column("ContactConsent") + " AS a_contact_consent, a."
            + column("ContactEmail") + " AS a_contact_email, a." + column("ContactPhone") + " AS a_contact_phone"
            + ", a." + column("TargetGroups") + " AS a_target_groups, a." + column("Dimensions") + " AS a_dimensions"
            + ", a." + column("Findings") + " AS a_findings, a." + column("EasyRead") + " AS a_easy_read"
            + ", a." + column("Version") + " AS a_version"
            + ", " + PersonStanding.sql("st", "a." + column("CouncilId"), null, "a." + column("StaffUserKey"), null)
            + " AS staff_standing"
            + ", " + ServingMemberSql.countOf("ci", "a." + column("CouncilId"), MemberRole::isInsider) + " AS caller_insider"
            + " FROM " + table(InvolvementActorEntity.class) + " a JOIN " + table(CouncilEntity.class) + " c ON c."
            + column("ID") + " = a." + column("CouncilId")
            + " LEFT JOIN " + table(OrganisationEntity.class) + " o ON o." + column("ID") + " = a."
            + column("OrganisationId");

    private final ReadOnlySql sql;

    public InvolvementQuery(ReadOnlySql sql) {
        this.sql = sql;
    }

    /** Every actor of the council, in the order they were added. */
    List<ActorRow> ofCouncil(int councilId, String callerKey, LocalDate today) {
        List<Object> parameters = parameters(callerKey, today);
        parameters.add(councilId);
        return sql.query(ROW + " WHERE a." + column("CouncilId") + " = ? ORDER BY a." + column("ID"), parameters,
                rows -> {
                    List<ActorRow> actors = new ArrayList<>();
                    while (rows.next()) {
                        actors.add(read(rows));
                    }
                    return actors;
                });
    }

    Optional<ActorRow> byId(int id, String callerKey, LocalDate today) {
        List<Object> parameters = parameters(callerKey, today);
        parameters.add(id);
        return sql.query(ROW + " WHERE a." + column("ID") + " = ?", parameters,
                rows -> rows.next() ? Optional.of(read(rows)) : Optional.empty());
    }

    /** The standing columns' parameters, which come before those of the WHERE clause. */
    private static List<Object> parameters(String callerKey, LocalDate today) {
        List<Object> parameters = new ArrayList<>(PersonStanding.parameters(false));
        parameters.addAll(ServingMemberSql.parameters(callerKey, today));
        return parameters;
    }

    private static ActorRow read(ResultSet rows) throws SQLException {
        int organisationId = rows.getInt("a_organisation_id");
        Integer organisation = rows.wasNull() ? null : organisationId;
        return new ActorRow(
                rows.getInt("a_id"),
                rows.getInt("a_council_id"),
                rows.getString("c_space_key"),
                rows.getString("c_locale"),
                organisation,
                organisation == null ? null : rows.getString("o_name"),
                rows.getString("a_name"),
                KeySet.decode(rows.getString("a_forms")).stream()
                        .map(form -> Validation.parse(form, InvolvementForm.class))
                        .filter(form -> form != null).toList(),
                ActorStatus.valueOf(rows.getString("a_status")),
                day(rows.getTimestamp("a_planned_on")),
                day(rows.getTimestamp("a_held_on")),
                rows.getString("a_staff_user_key"),
                PersonStanding.read(rows, "staff_standing"),
                rows.getString("a_contact_name"),
                rows.getBoolean("a_contact_consent"),
                rows.getString("a_contact_email"),
                rows.getString("a_contact_phone"),
                KeySet.decodeIds(rows.getString("a_target_groups")),
                KeySet.decodeIds(rows.getString("a_dimensions")),
                rows.getString("a_findings"),
                rows.getString("a_easy_read"),
                rows.getInt("a_version"),
                rows.getInt("caller_insider") > 0);
    }

    private static LocalDate day(Timestamp timestamp) {
        return timestamp == null ? null : CalendarDays.toDay(timestamp);
    }
}
