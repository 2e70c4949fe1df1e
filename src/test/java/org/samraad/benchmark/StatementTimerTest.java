package org.samraad.benchmark;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import net.java.ao.DBParam;
import org.junit.Test;
import org.samraad.council.OrganisationEntity;
import org.samraad.platform.sql.AoTableNames;
import org.samraad.platform.sql.ReadOnlySql;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.AoTransactionalExecutors;

public class StatementTimerTest extends AoTestSupport {
    private static final long MAPPING_MILLIS = 30;

    @Test
    public void eachQueryIsTimedAsDatabaseDriverAndTheMappingAroundThem() {
        for (int i = 0; i < 3; i++) {
            ao.create(OrganisationEntity.class, new DBParam("NAME", "Forening " + i), new DBParam("KIND", "ASSOCIATION"));
        }
        StatementTimer timer = new StatementTimer(new AoTransactionalExecutors(entityManager, statement -> { }));
        String select = "SELECT " + AoTableNames.column("Name") + " FROM " + AoTableNames.table(OrganisationEntity.class);

        int rows = new ReadOnlySql(timer).query(select, List.of(), result -> {
            int n = 0;
            while (result.next()) {
                result.getString(1);
                n++;
            }
            sleep(MAPPING_MILLIS); // what the plugin does with the rows, e.g. building records
            return n;
        });

        assertEquals(3, rows);
        List<StatementTimer.Timing> timings = timer.drain();
        assertEquals(1, timings.size());
        StatementTimer.Timing timing = timings.get(0);
        assertEquals(1, timing.statements());
        assertTrue(timing.sql(), timing.sql().startsWith("SELECT "));
        assertTrue(timing.databaseNanos() > 0);
        assertTrue("the driver handed out rows", timing.fetchNanos() > 0);
        assertTrue(timing.mappingNanos() >= Duration.ofMillis(MAPPING_MILLIS).toNanos());
        assertEquals(timing.callbackNanos(), timing.statementNanos() + timing.mappingNanos());
    }

    @Test
    public void drainingForgetsWhatWasTimed() {
        StatementTimer timer = new StatementTimer(new AoTransactionalExecutors(entityManager, statement -> { }));
        new ReadOnlySql(timer).query("SELECT COUNT(*) FROM " + AoTableNames.table(OrganisationEntity.class), List.of(),
                result -> result.next());

        assertEquals(1, timer.drain().size());
        assertEquals(List.of(), timer.drain());
    }

    @Test
    public void readsTogetherAreToldOneByOneAndNotAgainAsAWhole() {
        StatementTimer timer = new StatementTimer(new AoTransactionalExecutors(entityManager, statement -> { }));
        ReadOnlySql sql = new ReadOnlySql(timer);
        String count = "SELECT COUNT(*) FROM " + AoTableNames.table(OrganisationEntity.class);

        sql.together(() -> List.of(sql.query(count, List.of(), result -> result.next()),
                sql.query(count, List.of(), result -> result.next())));

        // as the database quotes it (MySQL and MariaDB with backticks)
        String sent = count.replace('"', '`');
        assertEquals(List.of(true, true), timer.drain().stream()
                .map(timing -> timing.sql().equals(count) || timing.sql().equals(sent)).toList());
    }

    @Test
    public void workWithoutAStatementIsAllMapping() {
        StatementTimer timer = new StatementTimer(new AoTransactionalExecutors(entityManager, statement -> { }));
        timer.createReadOnly().execute(connection -> {
            sleep(MAPPING_MILLIS);
            return null;
        });

        StatementTimer.Timing timing = timer.drain().get(0);
        assertEquals(0, timing.statements());
        assertEquals(null, timing.sql());
        assertEquals(0, timing.statementNanos());
        assertTrue(timing.mappingNanos() >= Duration.ofMillis(MAPPING_MILLIS).toNanos());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
