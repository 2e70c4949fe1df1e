package org.samraad.platform;

import static org.junit.Assert.assertEquals;
import static org.samraad.testing.Refusals.expect;

import net.java.ao.DBParam;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.platform.sql.VersionClaim;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.AoTransactionalExecutors;

public class VersionClaimTest extends AoTestSupport {

    @Test
    public void theVersionThatWasReadClaimsTheNextOne() {
        CouncilEntity council = council();

        assertEquals(1, claim().claim(CouncilEntity.class, council.getID(), 0));
        assertEquals(2, claim().claim(CouncilEntity.class, council.getID(), 1));

        assertEquals(2, ao.find(CouncilEntity.class, "ID = ?", council.getID())[0].getVersion());
    }

    @Test
    public void aStaleVersionIsAConflictAndChangesNothing() {
        CouncilEntity council = council();
        claim().claim(CouncilEntity.class, council.getID(), 0);

        assertEquals(409, expect(StaleVersionException.class,
                () -> claim().claim(CouncilEntity.class, council.getID(), 0)).status());
        assertEquals(1, ao.find(CouncilEntity.class, "ID = ?", council.getID())[0].getVersion());
    }

    @Test
    public void anUnknownRowIsAConflictToo() {
        expect(StaleVersionException.class, () -> claim().claim(CouncilEntity.class, 987_654, 0));
    }

    private VersionClaim claim() {
        return new VersionClaim(new AoTransactionalExecutors(entityManager, sql::record));
    }

    private CouncilEntity council() {
        return ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "UDS"), new DBParam("NAME", "Rådet"),
                new DBParam("KIND", "OTHER"), new DBParam("VERSION", 0));
    }
}
