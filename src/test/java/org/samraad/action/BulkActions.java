package org.samraad.action;

import static org.samraad.platform.sql.AoTableNames.column;
import static org.samraad.platform.sql.AoTableNames.table;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.sql.SqlStatements;

/**
 * Many actions fast, for the register's scale test and benchmark: batched INSERTs on a JDBC connection, the same
 * SQL on HSQLDB, PostgreSQL and MySQL (the ID column fills itself). Deterministic: action {@code i} belongs to council
 * {@code i mod councils}, to an organisation for six in seven, has status {@code i mod 4} and is due between 30 days
 * ago and 59 days ahead.
 */
public final class BulkActions {
    private static final int BATCH = 1_000;

    private BulkActions() {}

    public static void insert(Connection connection, List<Integer> councilIds, List<Integer> organisationIds, int count,
            LocalDate today) throws SQLException {
        String sql = "INSERT INTO " + table(ActionItemEntity.class) + " (" + String.join(", ", column("CouncilId"),
                column("Title"), column("OwnerName"), column("OrganisationId"), column("DueDate"), column("Status"),
                column("PercentDone"), column("CreatedAt"), column("UpdatedAt"), column("Version"))
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
        Timestamp created = Timestamp.from(Instant.parse("2026-01-05T09:00:00Z"));
        ActionStatus[] statuses = ActionStatus.values();
        try (PreparedStatement insert = SqlStatements.prepare(connection, sql)) {
            for (int i = 0; i < count; i++) {
                insert.setInt(1, councilIds.get(i % councilIds.size()));
                insert.setString(2, "Action " + i);
                insert.setString(3, "Owner " + (i % 500));
                if (i % 7 == 6) {
                    insert.setNull(4, Types.INTEGER);
                } else {
                    insert.setInt(4, organisationIds.get(i % organisationIds.size()));
                }
                insert.setTimestamp(5, CalendarDays.toTimestamp(today.plusDays(i % 90 - 30)));
                insert.setString(6, statuses[i % statuses.length].name());
                insert.setInt(7, i % 101);
                insert.setTimestamp(8, created);
                insert.setTimestamp(9, new Timestamp(created.getTime() + i * 1000L));
                insert.addBatch();
                if (i % BATCH == BATCH - 1) {
                    insert.executeBatch();
                }
            }
            if (count % BATCH != 0) {
                insert.executeBatch();
            }
        }
    }
}
