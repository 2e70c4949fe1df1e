package org.samraad.testing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import net.java.ao.DBParam;
import net.java.ao.Query;
import org.junit.Test;
import org.samraad.council.OrganisationEntity;

public class SqlStatementCounterTest extends AoTestSupport {

    @Test
    public void aPreloadedListWithAllItsColumnsCostsOneStatement() {
        for (int i = 0; i < 25; i++) {
            organisation("Forening nr. " + i);
        }

        int statements = sql.count(() -> {
            for (OrganisationEntity row : ao.find(OrganisationEntity.class, Query.select().order("NAME"))) {
                row.getName();
                row.getOffers();
                row.getContactEmail();
            }
        });

        assertEquals(1, statements);
    }

    @Test
    public void onlyStatementsInsideTheBlockAreCounted() {
        organisation("Udenfor");

        assertEquals(0, sql.count(() -> { }));
    }

    @Test
    public void statementsFromOtherJdbcPathsCanBeRecorded() {
        assertEquals(1, sql.count(() -> sql.record("SELECT COUNT(*) FROM \"AO_2E1BAF_MEETING\"")));
    }

    @Test
    public void overBudgetNamesTheStatementsThatRan() {
        int a = organisation("A").getID();
        int b = organisation("B").getID();
        try {
            sql.assertAtMost(1, () -> {
                ao.get(OrganisationEntity.class, a);
                ao.get(OrganisationEntity.class, b);
            });
            fail();
        } catch (AssertionError expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("2 ran"));
            assertTrue(expected.getMessage(), expected.getMessage().contains("SELECT"));
        }
    }

    /** AO 3.2.11 trap worth knowing: get(type, k1, k2, k3) is one SELECT per key; use ID IN (...) instead. */
    @Test
    public void getWithSeveralKeysCostsOneStatementPerKeyButAnInQueryCostsOne() {
        int a = organisation("A").getID();
        int b = organisation("B").getID();
        int c = organisation("C").getID();

        assertEquals(3, sql.count(() -> ao.get(OrganisationEntity.class, a, b, c)));
        assertEquals(1, sql.count(() -> ao.find(OrganisationEntity.class, "ID IN (?,?,?)", a, b, c)));
    }

    private OrganisationEntity organisation(String name) {
        return ao.create(OrganisationEntity.class, new DBParam("NAME", name), new DBParam("KIND", "ASSOCIATION"));
    }
}
