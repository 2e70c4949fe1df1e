package org.samraad.devhost.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Which node runs a RUN_ONCE_PER_CLUSTER job's scheduled run, decided in the database the nodes share, as
 * Confluence's scheduler (atlassian-scheduler-caesium) decides it: every node's schedule fires, and each then
 * moves the job's row in the clustered-job table on with a compare-and-swap ({@code ClusteredJobDao.updateNextRunTime}
 * with the version it read); only the node whose update changed the row runs that run.
 *
 * <p>Here the row holds the last run claimed: {@code UPDATE … SET RUN_TIME = t WHERE RUN_TIME < t} changes it for
 * exactly one node on every database (PostgreSQL's read committed makes a second, blocked update re-read the row
 * the first one committed, and finds {@code t} no longer later), so no clock is compared across nodes, only the
 * run's own time. The table is the host's ({@code HOST_}), not in the plugin's Active Objects namespace.
 */
public final class ClusteredJobs {
    private static final String TABLE = "HOST_CLUSTERED_JOB";

    private final HostDatabase database;

    public ClusteredJobs(HostDatabase database) {
        this.database = database;
    }

    public void createTable() {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (JOB_ID VARCHAR(255) PRIMARY KEY, "
                    + "RUN_TIME TIMESTAMP, NODE_ID VARCHAR(255), CLAIMED TIMESTAMP)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create " + TABLE, e);
        }
    }

    /**
     * Claims the run of {@code jobId} scheduled for {@code runTime} for {@code node}: true for exactly one caller per
     * job and run time, however many nodes ask at once; false for a run already claimed, or an earlier one.
     */
    public boolean claim(String jobId, Instant runTime, String node) {
        ensureRow(jobId);
        String update = "UPDATE " + TABLE + " SET RUN_TIME = ?, NODE_ID = ?, CLAIMED = ? WHERE JOB_ID = ?"
                + " AND (RUN_TIME IS NULL OR RUN_TIME < ?)";
        try (Connection connection = database.connection(); PreparedStatement statement = connection.prepareStatement(update)) {
            statement.setTimestamp(1, Timestamp.from(runTime));
            statement.setString(2, node);
            statement.setTimestamp(3, Timestamp.from(Instant.now()));
            statement.setString(4, jobId);
            statement.setTimestamp(5, Timestamp.from(runTime));
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim the run of " + jobId, e);
        }
    }

    /** The job's row, inserted by whichever node gets there first; a node that loses that insert uses the winner's. */
    private void ensureRow(String jobId) {
        try (Connection connection = database.connection();
                PreparedStatement statement = connection.prepareStatement("INSERT INTO " + TABLE + " (JOB_ID) SELECT CAST(? AS VARCHAR(255)) FROM "
                        + TABLE + " WHERE JOB_ID = ? HAVING COUNT(*) = 0")) {
            statement.setString(1, jobId);
            statement.setString(2, jobId);
            statement.executeUpdate();
        } catch (SQLException e) {
            if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) { // 23: integrity constraint violation
                throw new IllegalStateException("Could not register the clustered job " + jobId, e);
            }
        }
    }
}
