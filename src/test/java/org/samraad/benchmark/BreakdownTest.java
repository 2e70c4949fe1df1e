package org.samraad.benchmark;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class BreakdownTest {

    @Test
    public void samplesGiveTheMedianThe95thPercentileAndTheRate() {
        double[] millis = new double[100];
        for (int i = 0; i < 100; i++) {
            millis[i] = 100 - i; // 100 … 1, unsorted
        }
        Samples samples = new Samples(millis);

        assertEquals(51, samples.median(), 0);
        assertEquals(96, samples.p95(), 0);
        assertEquals(1000 / 50.5, samples.perSecond(), 1e-9);
    }

    @Test(expected = IllegalArgumentException.class)
    public void noSamplesHaveNoMedian() {
        new Samples(new double[0]);
    }

    @Test
    public void aPhaseTimedInPiecesInOneRoundAddsUpAndEachPhaseGetsItsShareOfTheMedians() {
        Breakdown breakdown = new Breakdown(3);
        for (int round = 0; round < 3; round++) {
            breakdown.add(round, "statement", 1_000_000);
            breakdown.add(round, "statement", 2_000_000);
            breakdown.add(round, "template", 1_000_000);
        }

        assertEquals(List.of("statement", "template"), breakdown.phases());
        assertEquals(3.0, breakdown.phase("statement").median(), 1e-9);
        List<String> rows = breakdown.rows();
        assertEquals(3, rows.size());
        assertTrue(rows.get(0), rows.get(0).matches("\\| statement +\\| +3\\.00 \\| +75 % \\|"));
        assertTrue(rows.get(1), rows.get(1).matches("\\| template +\\| +1\\.00 \\| +25 % \\|"));
        assertTrue(rows.get(2), rows.get(2).matches("\\| sum of the medians +\\| +4\\.00 \\| +100 % \\|"));
    }
}
