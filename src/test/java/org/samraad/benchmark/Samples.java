package org.samraad.benchmark;

import java.util.Arrays;

/** Timings of one thing measured many times, in milliseconds: the median, the 95th percentile and the rate. */
public record Samples(double[] millis) {

    public Samples {
        if (millis.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        millis = millis.clone();
    }

    public double median() {
        return sorted()[millis.length / 2];
    }

    public double p95() {
        double[] sorted = sorted();
        return sorted[(int) Math.min(sorted.length - 1, Math.round(sorted.length * 0.95))];
    }

    /** One after the other on one thread: 1000 over the mean time. */
    public double perSecond() {
        return 1000 / Arrays.stream(millis).average().orElseThrow();
    }

    private double[] sorted() {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return sorted;
    }
}
