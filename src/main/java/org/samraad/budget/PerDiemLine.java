package org.samraad.budget;

/**
 * One member's line of a per-diem list.
 *
 * @param substitute came as a substitute for another member
 * @param km the distance recorded for transport per kilometre; null when none was
 * @param amount per-diem plus transport
 */
public record PerDiemLine(int memberId, String name, boolean substitute, Integer km, long perDiem, long transport,
        long amount) {}
