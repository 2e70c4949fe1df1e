package org.samraad.budget;

/** One row of a meeting's per-diem list, amounts formatted for the reader's language. */
public record PerDiemLineView(String name, String substituteText, String km, String perDiem, String transport,
        String amount) {}
