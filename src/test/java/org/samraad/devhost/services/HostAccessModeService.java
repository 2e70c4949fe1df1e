package org.samraad.devhost.services;

import com.atlassian.confluence.api.service.accessmode.AccessModeService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.samraad.devhost.persistence.HostDatabase;

/**
 * Confluence Data Center's read-only mode, switched by an administrator at {@code /devhost/access-mode} (Confluence:
 * General Configuration → Maintenance). Kept in the database, as Confluence shares it across the cluster and keeps it
 * over a restart: every node reads it there on each check, so a node never acts on a mode another node switched off.
 */
public final class HostAccessModeService implements AccessModeService {
    private static final String TABLE = "HOST_ACCESS_MODE";

    private final HostDatabase database;

    public HostAccessModeService(HostDatabase database) {
        this.database = database;
    }

    /** The table with its one row (read and write) unless a node made it before. */
    public void createTable() {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (ID INT PRIMARY KEY, READ_ONLY BOOLEAN NOT NULL)");
            statement.executeUpdate("INSERT INTO " + TABLE + " (ID, READ_ONLY) SELECT 1, FALSE FROM " + TABLE
                    + " WHERE ID = 1 HAVING COUNT(*) = 0");
        } catch (SQLException e) {
            if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) { // 23: another node inserted the row first
                throw new IllegalStateException("Could not create " + TABLE, e);
            }
        }
    }

    @Override
    public boolean isReadOnlyAccessModeEnabled() {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT READ_ONLY FROM " + TABLE + " WHERE ID = 1")) {
            return rows.next() && rows.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the access mode", e);
        }
    }

    public void readOnly(boolean readOnly) {
        try (Connection connection = database.connection();
                PreparedStatement update = connection.prepareStatement("UPDATE " + TABLE + " SET READ_ONLY = ? WHERE ID = 1")) {
            update.setBoolean(1, readOnly);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not switch the access mode", e);
        }
    }
}
