package org.samraad.devhost.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.After;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Test;
import org.samraad.testing.Race;
import org.samraad.testing.TestDatabase;

/**
 * The claim that makes a per-cluster job's scheduled run run on one node: on the dev host's HSQLDB file, or with
 * {@code -Ddb=postgres} on PostgreSQL (a schema of its own), the database a cluster of dev hosts shares.
 */
public class ClusteredJobsTest {
    private static final Instant SIX = Instant.parse("2026-12-07T05:00:00Z");

    private final String schema = "claims_" + Long.toHexString(System.nanoTime()).toLowerCase(Locale.ROOT);
    private final TestDatabase test = new TestDatabase();
    private HostDatabase database;
    private ClusteredJobs claims;

    @Before
    public void openTheDatabase() throws Exception {
        Assume.assumeFalse("the dev host runs on HSQLDB or PostgreSQL only", TestDatabase.isMySql());
        HostDatabaseSettings settings;
        if (TestDatabase.isPostgres()) {
            try (Connection connection = DriverManager.getConnection(test.getUrl(), test.getUsername(), test.getPassword());
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
            }
            settings = HostDatabaseSettings.postgres(test.getUrl(), test.getUsername(), test.getPassword(), schema);
        } else {
            settings = HostDatabaseSettings.hsqlFile(Files.createTempDirectory("claims"));
        }
        database = HostDatabase.open(settings, "org.samraad.claims");
        claims = new ClusteredJobs(database);
        claims.createTable();
    }

    @After
    public void dropIt() throws Exception {
        if (database == null) {
            return;
        }
        database.close();
        if (TestDatabase.isPostgres()) {
            try (Connection connection = DriverManager.getConnection(test.getUrl(), test.getUsername(), test.getPassword());
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Test
    public void ofEightNodesFiringTheSameRunAtOnceExactlyOneClaimsIt() {
        for (int round = 0; round < 5; round++) {
            Instant run = SIX.plusSeconds(86_400L * round);
            List<Object> outcomes = Race.run(8, node -> claims.claim("samraad-action-reminders", run, "node-" + node));
            assertEquals("round " + round + ": " + outcomes, 1, outcomes.stream().filter(Boolean.TRUE::equals).count());
            assertEquals(outcomes.toString(), 7, outcomes.stream().filter(Boolean.FALSE::equals).count());
        }
    }

    @Test
    public void theNextRunIsClaimedAgainButTheSameRunOrAnEarlierOneNever() {
        assertTrue(claims.claim("samraad-hearing-reminders", SIX, "node-a"));
        assertFalse("the same run, fired late on another node", claims.claim("samraad-hearing-reminders", SIX, "node-b"));
        assertFalse("an earlier run, fired after the later one ran", claims.claim("samraad-hearing-reminders",
                SIX.minusSeconds(86_400), "node-b"));
        assertTrue("tomorrow's run", claims.claim("samraad-hearing-reminders", SIX.plusSeconds(86_400), "node-b"));
    }

    @Test
    public void eachJobsRunsAreClaimedOnTheirOwn() {
        assertTrue(claims.claim("samraad-action-reminders", SIX, "node-a"));
        assertTrue(claims.claim("samraad-hearing-reminders", SIX, "node-b"));
    }
}
