package org.samraad.platform.sql;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

public class EnumSqlTest {
    private enum Task {
        OPEN, IN_PROGRESS, DONE, CANCELLED;

        boolean isClosed() {
            return this == DONE || this == CANCELLED;
        }
    }

    @Test
    public void anInListHoldsTheConstantsTheEnumsOwnRuleAcceptsInDeclarationOrder() {
        assertEquals("('OPEN', 'IN_PROGRESS')", EnumSql.inList(Task.class, t -> !t.isClosed()));
        assertEquals("('DONE', 'CANCELLED')", EnumSql.inList(Task.class, Task::isClosed));
    }

    @Test
    public void anEmptyListIsRefusedBecauseSqlHasNoEmptyIn() {
        assertThrows(IllegalArgumentException.class, () -> EnumSql.inList(Task.class, t -> false));
    }

    @Test
    public void aRankFollowsTheDeclarationOrder() {
        assertEquals("CASE a.S WHEN 'OPEN' THEN 0 WHEN 'IN_PROGRESS' THEN 1 WHEN 'DONE' THEN 2 WHEN 'CANCELLED' THEN 3 END",
                EnumSql.ordinal("a.S", Task.class));
        assertEquals("'CANCELLED'", EnumSql.literal(Task.CANCELLED));
    }
}
