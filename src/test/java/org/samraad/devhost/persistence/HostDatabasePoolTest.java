package org.samraad.devhost.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The host's HSQLDB connections come from a pool, as Confluence's come from its HikariCP pool: Active Objects and
 * the plugin's raw SQL borrow a connection per statement or transaction, and a new database session for each would
 * write "SET SCHEMA" and "DISCONNECT" to HSQLDB's log and sync it, a disk write for every read.
 */
public class HostDatabasePoolTest {
    private static final int READS = 200;

    private Path directory;
    private HostDatabase database;
    private HostTransactionalExecutorFactory executors;

    @Before
    public void openTheDatabase() throws Exception {
        directory = Files.createTempDirectory("host-pool");
        database = HostDatabase.open(HostDatabaseSettings.hsqlFile(directory), "org.samraad.pool");
        executors = new HostTransactionalExecutorFactory(database);
    }

    @After
    public void closeIt() {
        database.close();
    }

    @Test
    public void manyReadsShareAFewDatabaseSessions() {
        Set<Long> sessions = new HashSet<>();
        for (int i = 0; i < READS; i++) {
            sessions.add(executors.createExecutor(true, false).execute(connection -> {
                try (Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("CALL SESSION_ID()")) {
                    rows.next();
                    return rows.getLong(1);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }

        assertTrue(READS + " reads ran on " + sessions.size() + " sessions", sessions.size() <= 10);
    }

    @Test
    public void readsWriteNothingToTheDatabaseLog() throws Exception {
        Path log = logFile();
        executors.createExecutor(true, false).execute(connection -> null);
        long before = Files.size(log);

        for (int i = 0; i < READS; i++) {
            executors.createExecutor(true, false).execute(connection -> null);
        }

        assertEquals("the log's size after " + READS + " reads", before, Files.size(log));
    }

    private Path logFile() throws Exception {
        try (var files = Files.walk(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".log")).findFirst().orElseThrow();
        }
    }
}
