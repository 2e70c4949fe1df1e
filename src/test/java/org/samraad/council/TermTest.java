package org.samraad.council;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

public class TermTest {
    private static final LocalDate JAN_1 = LocalDate.of(2027, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2027, 12, 31);

    @Test
    public void bothEndsOfATermAreDaysInOffice() {
        Term term = new Term(JAN_1, DEC_31);
        assertTrue(term.contains(JAN_1));
        assertTrue(term.contains(DEC_31));
        assertFalse(term.contains(JAN_1.minusDays(1)));
        assertFalse(term.contains(DEC_31.plusDays(1)));
    }

    @Test
    public void anOpenStartOrEndRunsWithoutLimit() {
        assertTrue(new Term(null, null).contains(LocalDate.MIN));
        assertTrue(new Term(null, JAN_1).overlaps(new Term(null, LocalDate.of(1990, 1, 1))));
        assertTrue(new Term(JAN_1, null).overlaps(new Term(LocalDate.of(2090, 1, 1), null)));
    }

    @Test
    public void termsThatMeetWithoutSharingADayDoNotOverlap() {
        Term outgoing = new Term(null, DEC_31);
        Term incoming = new Term(DEC_31.plusDays(1), null);
        assertFalse(outgoing.overlaps(incoming));
        assertFalse(incoming.overlaps(outgoing));
        assertTrue(outgoing.overlaps(new Term(DEC_31, null)));
    }

    @Test
    public void mostConcurrentCountsTheBusiestDayNotEveryOverlap() {
        Term year = new Term(JAN_1, DEC_31);
        List<Term> holders = List.of(
                new Term(null, LocalDate.of(2027, 3, 31)),
                new Term(LocalDate.of(2027, 4, 1), null),
                new Term(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 30)));

        assertEquals("two overlap the year but never on the same day; the June term adds one", 2, year.mostConcurrent(holders));
        assertEquals(0, year.mostConcurrent(List.of(new Term(null, JAN_1.minusDays(1)))));
        assertEquals(3, new Term(null, null).mostConcurrent(List.of(new Term(null, null), new Term(null, null),
                new Term(JAN_1, JAN_1))));
    }
}
