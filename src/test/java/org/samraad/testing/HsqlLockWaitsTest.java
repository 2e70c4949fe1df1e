package org.samraad.testing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.hsqldb.Database;
import org.hsqldb.DatabaseManager;
import org.hsqldb.DatabaseType;
import org.hsqldb.Session;
import org.hsqldb.jdbc.JDBCConnection;
import org.junit.After;
import org.junit.Test;

/**
 * A writer left waiting for a lock holder that has ended, as HSQLDB's MVCC leaves one when the holder ends
 * between the writer's conflict and its registration (see {@link HsqlLockWaits}). The state is made directly:
 * the holder forgets its waiter before it rolls back, so its rollback wakes nobody.
 */
public class HsqlLockWaitsTest {
    private static final String NAME = "lockwaits";
    private static final String URL = "jdbc:hsqldb:mem:" + NAME + ";hsqldb.tx=mvcc";
    private static final String LOCK = "UPDATE COUNCIL SET ID = ID WHERE ID = 1";

    @After
    public void shutDown() throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }

    @Test
    public void aWriterStrandedByAHolderThatEndedIsWokenAndWrites() throws Exception {
        try (Connection setup = DriverManager.getConnection(URL, "sa", "");
             Statement statement = setup.createStatement()) {
            statement.execute("CREATE TABLE COUNCIL (ID INT PRIMARY KEY)");
            statement.execute("INSERT INTO COUNCIL VALUES 1");
        }
        Connection holder = transaction();
        holder.createStatement().executeUpdate(LOCK);
        Connection writer = transaction();
        Session writerSession = session(writer);
        CompletableFuture<Integer> write = CompletableFuture.supplyAsync(() -> {
            try (Statement statement = writer.createStatement()) {
                int rows = statement.executeUpdate(LOCK);
                writer.commit();
                return rows;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        while (writerSession.latch.getCount() == 0) {
            Thread.sleep(5);
        }
        session(holder).waitingSessions.remove(writerSession);
        holder.rollback();
        holder.close();
        Thread.sleep(300);
        assertFalse("without the repair the writer waits for the ended holder", write.isDone());

        Database database = DatabaseManager.lookupDatabaseObject(DatabaseType.DB_MEM, NAME);
        assertNotNull("the daemon finds the database by the name in its URL", database);
        assertEquals(1, HsqlLockWaits.wakeStranded(database));
        assertEquals(1, (int) write.get(10, TimeUnit.SECONDS));
        assertTrue(writerSession.waitedSessions.isEmpty());
        writer.close();
    }

    private static Connection transaction() throws SQLException {
        Connection connection = DriverManager.getConnection(URL, "sa", "");
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        return connection;
    }

    private static Session session(Connection connection) {
        return (Session) ((JDBCConnection) connection).getSession();
    }
}
