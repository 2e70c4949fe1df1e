package org.samraad.hearing;

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
import org.samraad.council.CouncilSettings;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.sql.EnumSql;
import org.samraad.platform.sql.ReadOnlySql;
import org.samraad.platform.sql.SqlStatements;
import org.springframework.stereotype.Component;

/**
 * The hearing reminder job's SQL: the candidates in one statement (open hearings with a responsible user whose
 * deadline is at most the longest allowed reminder period away), and one conditional UPDATE per reminded hearing that
 * claims the reminder day, so a second run, another node or a restart finds it claimed and sends nothing twice.
 */
@Component
public class HearingReminderQuery {
    private static final String OPEN = " IN " + EnumSql.inList(HearingStatus.class, HearingStatus::isOpen);

    private final ReadOnlySql sql;
    private final TransactionalExecutorFactory executors;

    public HearingReminderQuery(ReadOnlySql sql, @ComponentImport TransactionalExecutorFactory executors) {
        this.sql = sql;
        this.executors = executors;
    }

    /** {@code today} is the earliest day any council's zone can be in; each candidate is judged in its own zone. */
    List<HearingReminderCandidate> candidates(LocalDate today) {
        String query = "SELECT h." + column("ID") + " AS h_id, h." + column("Subject") + " AS h_subject, h."
                + column("Deadline") + " AS h_deadline, h." + column("Status") + " AS h_status, h."
                + column("ResponsibleUserKey") + " AS h_responsible_user_key, h." + column("DeadlineReminderDays")
                + " AS h_reminded_days, h." + column("PageId") + " AS h_page_id, c." + column("Name") + " AS c_name, c."
                + column("SpaceKey") + " AS c_space_key, c." + column("Locale") + " AS c_locale, c."
                + column("HearingReminderDays") + " AS c_reminder_days"
                + " FROM " + table(HearingEntity.class) + " h"
                + " JOIN " + table(CouncilEntity.class) + " c ON c." + column("ID") + " = h." + column("CouncilId")
                + " WHERE h." + column("Status") + OPEN + " AND h." + column("ResponsibleUserKey") + " IS NOT NULL"
                + " AND h." + column("Deadline") + " >= ? AND h." + column("Deadline") + " <= ?"
                + " ORDER BY h." + column("Deadline") + ", h." + column("ID");
        return sql.query(query, List.of(CalendarDays.toTimestamp(today.minusDays(1)),
                CalendarDays.toTimestamp(today.plusDays(CouncilSettings.HEARING_REMINDER_DAYS_MAX + 1L))), rows -> {
                    List<HearingReminderCandidate> found = new ArrayList<>();
                    while (rows.next()) {
                        int reminded = rows.getInt("h_reminded_days");
                        Integer remindedDays = rows.wasNull() ? null : reminded;
                        long page = rows.getLong("h_page_id");
                        Long pageId = rows.wasNull() ? null : page;
                        found.add(new HearingReminderCandidate(rows.getInt("h_id"), rows.getString("h_subject"),
                                CalendarDays.toDay(rows.getTimestamp("h_deadline")),
                                HearingStatus.valueOf(rows.getString("h_status")),
                                rows.getString("h_responsible_user_key"), remindedDays, pageId,
                                rows.getString("c_name"), rows.getString("c_space_key"), rows.getString("c_locale"),
                                CouncilSettings.hearingReminderDays(rows.getString("c_reminder_days"))));
                    }
                    return found;
                });
    }

    /**
     * Records that the reminder for {@code day} went out, if no reminder for it or a smaller day has and the hearing
     * is still open with the deadline it was read with; false when another run claimed it or the hearing changed.
     */
    boolean claim(HearingReminderCandidate candidate, int day, Instant now) {
        String mark = column("DeadlineReminderDays");
        String update = "UPDATE " + table(HearingEntity.class) + " SET " + mark + " = ?, "
                + column("DeadlineReminderAt") + " = ? WHERE " + column("ID") + " = ? AND " + column("Deadline")
                + " = ? AND " + column("Status") + OPEN + " AND (" + mark + " IS NULL OR " + mark + " > ?)";
        return executors.createExecutor(false, false).execute((Connection connection) -> {
            try (PreparedStatement statement = SqlStatements.prepare(connection, update)) {
                statement.setInt(1, day);
                statement.setTimestamp(2, Timestamp.from(now));
                statement.setInt(3, candidate.hearingId());
                statement.setTimestamp(4, CalendarDays.toTimestamp(candidate.deadline()));
                statement.setInt(5, day);
                return statement.executeUpdate() == 1;
            } catch (SQLException e) {
                throw new RdbmsException("Samråd could not claim a hearing reminder", e);
            }
        });
    }
}
