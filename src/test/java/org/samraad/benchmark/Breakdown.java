package org.samraad.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where one render's time goes: named phases (a statement, mapping rows to records, the template), each timed in
 * every round. The table gives each phase's median and its share of the sum of the medians.
 */
public final class Breakdown {
    private final int rounds;
    private final Map<String, double[]> phases = new LinkedHashMap<>();

    public Breakdown(int rounds) {
        this.rounds = rounds;
    }

    /** Adds {@code nanos} to the phase in this round (a phase may be timed in several pieces in one round). */
    public void add(int round, String phase, long nanos) {
        phases.computeIfAbsent(phase, p -> new double[rounds])[round] += nanos / 1e6;
    }

    public List<String> phases() {
        return List.copyOf(phases.keySet());
    }

    public Samples phase(String name) {
        return new Samples(phases.get(name));
    }

    /** Markdown rows: phase, median ms, share of the whole. */
    public List<String> rows() {
        double sum = phases.values().stream().mapToDouble(p -> new Samples(p).median()).sum();
        List<String> rows = new ArrayList<>();
        for (Map.Entry<String, double[]> phase : phases.entrySet()) {
            double median = new Samples(phase.getValue()).median();
            rows.add(String.format(Locale.ROOT, "| %-52s | %9.2f | %5.0f %% |", phase.getKey(), median,
                    sum == 0 ? 0 : 100 * median / sum));
        }
        rows.add(String.format(Locale.ROOT, "| %-52s | %9.2f | %5.0f %% |", "sum of the medians", sum, 100.0));
        return rows;
    }
}
