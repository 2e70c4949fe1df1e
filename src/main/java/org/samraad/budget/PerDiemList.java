package org.samraad.budget;

import java.time.Instant;
import java.util.List;
import org.samraad.platform.rest.Iso8601;

/**
 * A held meeting's per-diem list: present members who receive per-diems, and substitutes who came in their own
 * right to receive them, each with the per-diem and transport of the year's rates, in whole minor units. Until
 * {@code approved} it follows the attendance; approving freezes it.
 */
public record PerDiemList(
        int meetingId,
        int councilId,
        String currency,
        List<PerDiemLine> items,
        long total,
        boolean approved,
        @Iso8601 Instant approvedAt,
        String approvedByName,
        int version) {

    public PerDiemList {
        items = List.copyOf(items);
    }
}
