package org.samraad.plan;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.samraad.council.Council;
import org.samraad.council.CouncilZone;
import org.samraad.council.MemberRole;
import org.samraad.council.MemberVisibility;
import org.samraad.council.OrganisationEntity;
import org.samraad.council.PersonStanding;
import org.samraad.council.ServingMemberSql;
import org.samraad.council.ShownName;
import org.samraad.platform.CurrentUser;
import org.samraad.platform.TimeSource;
import org.samraad.platform.sql.ReadOnlySql;
import org.springframework.stereotype.Component;

/**
 * Who staffs a council's plan entries, as the caller may see them, in one statement: each line with its
 * organisation's name, the person's standing in the council ({@link PersonStanding}: a member who did not consent
 * to publication is named only to insiders) and whether the caller is an insider.
 */
@Component
public class PlanStaffReads {
    /** A staff person has no account: matched to members by name alone (the user key branch compares NULL). */
    private static final String SQL = "SELECT s." + column("PlanEntryId") + " AS s_entry_id, s." + column("Name")
            + " AS s_name, s." + column("OrganisationId") + " AS s_organisation_id, o." + column("Name")
            + " AS s_organisation_name, " + PersonStanding.sql("sp", "s." + column("CouncilId"), null,
                    "CAST(NULL AS CHAR(255))", "s." + column("Name")) + " AS s_standing, "
            + ServingMemberSql.countOf("ci", "s." + column("CouncilId"), MemberRole::isInsider) + " AS s_insider FROM "
            + table(PlanEntryStaffEntity.class) + " s LEFT JOIN " + table(OrganisationEntity.class) + " o ON o."
            + column("ID") + " = s." + column("OrganisationId") + " WHERE s." + column("CouncilId") + " = ? AND ";
    private static final String ORDER = " ORDER BY s." + column("PlanEntryId") + ", s." + column("SortOrder");

    private final ReadOnlySql sql;
    private final MemberVisibility visibility;
    private final CurrentUser currentUser;
    private final TimeSource time;

    public PlanStaffReads(ReadOnlySql sql, MemberVisibility visibility, CurrentUser currentUser, TimeSource time) {
        this.sql = sql;
        this.visibility = visibility;
        this.currentUser = currentUser;
        this.time = time;
    }

    /** The staff of the council's entries that start in [from, to), by entry id. One statement. */
    Map<Integer, List<PlanStaff>> ofEntriesStarting(Council council, Timestamp from, Timestamp to) {
        return read(council, "s." + column("PlanEntryId") + " IN (SELECT e." + column("ID") + " FROM "
                + table(PlanEntryEntity.class) + " e WHERE e." + column("CouncilId") + " = ? AND e."
                + column("StartsAt") + " >= ? AND e." + column("StartsAt") + " < ?)", List.of(council.id(), from, to));
    }

    /** The staff of one entry. One statement. */
    List<PlanStaff> ofEntry(Council council, int entryId) {
        return read(council, "s." + column("PlanEntryId") + " = ?", List.of(entryId)).getOrDefault(entryId, List.of());
    }

    private Map<Integer, List<PlanStaff>> read(Council council, String where, List<Object> whereParameters) {
        List<Object> parameters = new ArrayList<>(PersonStanding.parameters(false));
        parameters.addAll(ServingMemberSql.parameters(currentUser.userKey().orElse(null),
                CouncilZone.today(time, council)));
        parameters.add(council.id());
        parameters.addAll(whereParameters);
        List<StaffRow> rows = sql.query(SQL + where + ORDER, parameters, result -> {
            List<StaffRow> read = new ArrayList<>();
            while (result.next()) {
                int organisationId = result.getInt("s_organisation_id");
                Integer organisation = result.wasNull() ? null : organisationId;
                read.add(new StaffRow(result.getInt("s_entry_id"), result.getString("s_name"), organisation,
                        result.getString("s_organisation_name"), PersonStanding.read(result, "s_standing"),
                        result.getInt("s_insider") > 0));
            }
            return read;
        });
        Map<Integer, List<PlanStaff>> byEntry = new HashMap<>();
        if (rows.isEmpty()) {
            return byEntry;
        }
        boolean insider = visibility.seesUnpublishedNames(council.spaceKey(), rows.get(0).callerInsider());
        for (StaffRow row : rows) {
            ShownName name = row.name() == null ? null : visibility.name(row.standing(), null, row.name(), insider);
            byEntry.computeIfAbsent(row.entryId(), id -> new ArrayList<>()).add(new PlanStaff(
                    name == null ? null : name.name(), name != null && name.hidden(), row.organisationId(),
                    row.organisationName()));
        }
        return byEntry;
    }

    private record StaffRow(int entryId, String name, Integer organisationId, String organisationName,
            PersonStanding standing, boolean callerInsider) {}
}
