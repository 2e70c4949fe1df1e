package org.samraad.testing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.After;
import org.junit.Test;

public class RaceTest {
    private static final String URL = "jdbc:hsqldb:mem:racetest" + TestDatabase.HSQL_SETTINGS;
    private static final String LOCK = "UPDATE COUNCIL SET ID = ID WHERE ID = 1";

    @After
    public void shutDown() throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }

    @Test
    public void aRoundThatDoesNotFinishFailsWithTheRacersStacksAndFreesTheirSessions() throws Exception {
        try (Connection setup = DriverManager.getConnection(URL, "sa", "");
             Statement statement = setup.createStatement()) {
            statement.execute("CREATE TABLE COUNCIL (ID INT PRIMARY KEY)");
            statement.execute("INSERT INTO COUNCIL VALUES 1");
        }
        List<Thread> racers = new CopyOnWriteArrayList<>();
        try (Connection holder = DriverManager.getConnection(URL, "sa", "")) {
            holder.setAutoCommit(false);
            holder.createStatement().executeUpdate(LOCK);
            Callable<?> stuck = () -> {
                racers.add(Thread.currentThread());
                try (Connection racer = DriverManager.getConnection(URL, "sa", "")) {
                    racer.setAutoCommit(false);
                    return racer.createStatement().executeUpdate(LOCK);
                }
            };
            try {
                Race.run(List.of(stuck, () -> "done"), Duration.ofSeconds(1));
                fail("a round that cannot finish fails");
            } catch (AssertionError expected) {
                assertTrue(expected.getMessage(), expected.getMessage().contains("did not finish in 1 s"));
                assertTrue(expected.getMessage(), expected.getMessage().contains("org.hsqldb.Session"));
            }
            assertEquals(1, racers.size());
            racers.get(0).join(5000);
            assertFalse("the racer waiting for the lock was interrupted out of it", racers.get(0).isAlive());
            holder.rollback();
        }
    }
}
