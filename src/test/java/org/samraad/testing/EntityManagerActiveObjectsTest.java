package org.samraad.testing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import net.java.ao.ActiveObjectsException;
import net.java.ao.DBParam;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;
import org.samraad.council.OrganisationEntity;

public class EntityManagerActiveObjectsTest extends AoTestSupport {

    @Test
    public void aCallbackThatReturnsKeepsItsWrites() {
        int id = ao.executeInTransaction(() -> organisation("Lænken Aarhus").getID());

        assertEquals("Lænken Aarhus", ao.get(OrganisationEntity.class, id).getName());
    }

    @Test
    public void aCallbackThatThrowsLeavesNothingBehindInsideTheTestTransaction() {
        organisation("SIND Østjylland");
        try {
            ao.executeInTransaction(() -> {
                organisation("Kirkens Korshær");
                throw new IllegalStateException("stale version");
            });
            fail();
        } catch (IllegalStateException expected) {
            // the caller sees the callback's own exception, unwrapped
        }
        assertEquals(1, ao.count(OrganisationEntity.class));
    }

    @Test
    public void aFailedStatementInACallbackDoesNotPoisonTheRestOfTheTest() {
        try {
            ao.executeInTransaction(() -> ao.create(OrganisationEntity.class,
                    new DBParam("NAME", "x".repeat(300)), new DBParam("KIND", "OTHER")));
            fail("a 300-character name fitted a 255-character column");
        } catch (ActiveObjectsException expected) {
            // PostgreSQL aborts the whole transaction after an error unless it is rolled back to a savepoint
        }
        organisation("Stadsmissionen Göteborg");
        assertEquals(1, ao.count(OrganisationEntity.class));
    }

    @Test
    public void aNestedCallbackJoinsItsOuterTransactionSoAFailureUndoesBoth() {
        try {
            ao.executeInTransaction(() -> {
                organisation("Röda Korset");
                return ao.executeInTransaction(() -> {
                    organisation("Frälsningsarmén");
                    throw new IllegalStateException("inner failure");
                });
            });
            fail();
        } catch (IllegalStateException expected) {
            // propagates through the outer callback, which rolls back as a whole
        }
        assertEquals(0, ao.count(OrganisationEntity.class));
    }

    @Test
    @NonTransactional
    public void withoutAnOuterTransactionACallbackCommitsForOtherConnections() {
        ao.executeInTransaction(() -> organisation("Café Ægir"));

        // outside any transaction every call takes a new connection, so only committed rows are seen
        assertEquals(1, ao.count(OrganisationEntity.class));
    }

    @Test
    @NonTransactional
    public void withoutAnOuterTransactionACallbackThatThrowsIsRolledBack() {
        try {
            ao.executeInTransaction(() -> {
                organisation("Værestedet Åbo");
                throw new IllegalStateException("validation failed");
            });
            fail();
        } catch (IllegalStateException expected) {
            // rolled back by net.java.ao.Transaction
        }
        assertEquals(0, ao.count(OrganisationEntity.class));
    }

    @Test
    public void moduleMetaDataIsReadyAndSeesTheTables() {
        assertTrue(ao.moduleMetaData().isInitialized());
        assertTrue(ao.moduleMetaData().isDataSourcePresent());
        assertTrue(ao.moduleMetaData().isTablePresent(OrganisationEntity.class));
    }

    @Test
    public void theFastCountEstimateIsTheExactCount() throws Exception {
        organisation("Hus Forbi");
        organisation("Gadejuristen");

        assertEquals(2, ao.getFastCountEstimate(OrganisationEntity.class));
    }

    @Test
    public void sqlErrorsSurfaceAsActiveObjectsExceptions() {
        try {
            ao.find(OrganisationEntity.class, "NO_SUCH_COLUMN = ?", 1);
            fail();
        } catch (ActiveObjectsException expected) {
            assertTrue(expected.getCause() instanceof java.sql.SQLException);
        }
    }

    private OrganisationEntity organisation(String name) {
        return ao.create(OrganisationEntity.class, new DBParam("NAME", name), new DBParam("KIND", "USER_ORGANISATION"));
    }
}
