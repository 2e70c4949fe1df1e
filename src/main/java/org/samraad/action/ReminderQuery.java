package org.samraad.action;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.rdbms.RdbmsException;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.samraad.council.CouncilEntity;
import org.samraad.council.MemberEntity;
import org.samraad.council.OrganisationEntity;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.sql.ReadOnlySql;
import org.samraad.platform.sql.SqlStatements;
import org.springframework.stereotype.Component;

/**
 * The reminder job's SQL. Candidates in two statements whatever the number of actions (the longest reminder period
 * of any council, then the open actions due up to then whose mark for their due state is empty); and one
 * conditional UPDATE per reminded action that claims its mark, so a second run, another node or a restart finds
 * it claimed and sends nothing twice.
 */
@Component
public class ReminderQuery {
    private static final String STILL_TO_DO = ActionsQuery.stillToDo("a." + column("Status"));

    private final ReadOnlySql sql;
    private final TransactionalExecutorFactory executors;

    public ReminderQuery(ReadOnlySql sql, @ComponentImport TransactionalExecutorFactory executors) {
        this.sql = sql;
        this.executors = executors;
    }

    List<ReminderCandidate> candidates(LocalDate today) {
        Integer longest = sql.query("SELECT MAX(" + column("ActionReminderDays") + ") AS longest FROM "
                        + table(CouncilEntity.class),
                List.of(), rows -> {
                    if (!rows.next()) {
                        return null;
                    }
                    int days = rows.getInt("longest");
                    return rows.wasNull() ? null : days;
                });
        if (longest == null) {
            return List.of();
        }
        Timestamp todayStamp = CalendarDays.toTimestamp(today);
        String query = "SELECT a." + column("ID") + " AS a_id, a." + column("Title") + " AS a_title, a."
                + column("Status") + " AS a_status, a." + column("DueDate") + " AS a_due_date, a."
                + column("OwnerUserKey") + " AS a_owner_user_key, m." + column("Email") + " AS m_email, c." + column("ID") + " AS c_id, c." + column("Name")
                + " AS c_name, c." + column("SpaceKey") + " AS c_space_key, c." + column("Locale") + " AS c_locale, c."
                + column("ActionReminderDays") + " AS c_reminder_days, a." + column("OrganisationId")
                + " AS a_organisation_id, o." + column("Name") + " AS o_name, o." + column("ContactUserKey")
                + " AS o_contact_user_key, o." + column("ContactEmail") + " AS o_contact_email"
                + " FROM " + table(ActionItemEntity.class) + " a"
                + " JOIN " + table(CouncilEntity.class) + " c ON c." + column("ID") + " = a." + column("CouncilId")
                + " LEFT JOIN " + table(OrganisationEntity.class) + " o ON o." + column("ID") + " = a." + column("OrganisationId")
                + " LEFT JOIN " + table(MemberEntity.class) + " m ON m." + column("ID") + " = a." + column("OwnerMemberId")
                + " WHERE " + STILL_TO_DO + " AND a." + column("DueDate") + " <= ?"
                + " AND ((a." + column("DueDate") + " < ? AND a." + column("OverdueReminderAt") + " IS NULL)"
                + " OR (a." + column("DueDate") + " >= ? AND a." + column("DueReminderAt") + " IS NULL))"
                + " ORDER BY a." + column("DueDate") + ", a." + column("ID");
        return sql.query(query, List.of(CalendarDays.toTimestamp(today.plusDays(Math.max(0, longest))), todayStamp,
                todayStamp), rows -> {
                    List<ReminderCandidate> found = new ArrayList<>();
                    while (rows.next()) {
                        int organisation = rows.getInt("a_organisation_id");
                        Integer organisationId = rows.wasNull() ? null : organisation;
                        int reminderDays = rows.getInt("c_reminder_days");
                        found.add(new ReminderCandidate(rows.getInt("a_id"), rows.getString("a_title"),
                                ActionStatus.valueOf(rows.getString("a_status")),
                                CalendarDays.toDay(rows.getTimestamp("a_due_date")), rows.getString("a_owner_user_key"),
                                rows.getString("m_email"), rows.getInt("c_id"), rows.getString("c_name"), rows.getString("c_space_key"),
                                rows.getString("c_locale"), reminderDays, organisationId,
                                rows.getString("o_name"), rows.getString("o_contact_user_key"),
                                rows.getString("o_contact_email")));
                    }
                    return found;
                });
    }

    /**
     * Sets the action's mark for {@code kind} if it is still empty and the action is still open with the due date
     * the candidate was read with; false when another run claimed it or the action changed in between.
     */
    boolean claim(ReminderCandidate candidate, ReminderKind kind, Instant now) {
        String mark = column(kind.markProperty());
        String update = "UPDATE " + table(ActionItemEntity.class) + " SET " + mark + " = ? WHERE " + column("ID")
                + " = ? AND " + mark + " IS NULL AND " + column("DueDate") + " = ? AND "
                + ActionsQuery.stillToDo(column("Status"));
        return executors.createExecutor(false, false).execute((Connection connection) -> {
            try (PreparedStatement statement = SqlStatements.prepare(connection, update)) {
                statement.setTimestamp(1, Timestamp.from(now));
                statement.setInt(2, candidate.actionId());
                statement.setTimestamp(3, CalendarDays.toTimestamp(candidate.dueDate()));
                return statement.executeUpdate() == 1;
            } catch (SQLException e) {
                throw new RdbmsException("Samråd could not claim a reminder", e);
            }
        });
    }
}
