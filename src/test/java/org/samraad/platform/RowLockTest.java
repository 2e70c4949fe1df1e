package org.samraad.platform;

import static org.junit.Assert.assertEquals;
import static org.samraad.testing.Refusals.expect;

import net.java.ao.DBParam;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.platform.sql.RowLock;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.AoTransactionalExecutors;

/** That the lock serialises writers is pinned by the race tests (e.g. MemberRaceTest); here what it leaves. */
public class RowLockTest extends AoTestSupport {

    @Test
    public void lockingARowChangesNothingInIt() {
        CouncilEntity council = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "UDS"),
                new DBParam("NAME", "Rådet"), new DBParam("KIND", "OTHER"), new DBParam("VERSION", 3));

        lock().lock(CouncilEntity.class, council.getID());

        CouncilEntity stored = ao.find(CouncilEntity.class, "ID = ?", council.getID())[0];
        assertEquals(3, stored.getVersion());
        assertEquals("Rådet", stored.getName());
    }

    @Test
    public void aRowThatIsGoneIsNotFound() {
        assertEquals(404, expect(NotFoundException.class, () -> lock().lock(CouncilEntity.class, 987_654)).status());
    }

    private RowLock lock() {
        return new RowLock(new AoTransactionalExecutors(entityManager, sql::record));
    }
}
