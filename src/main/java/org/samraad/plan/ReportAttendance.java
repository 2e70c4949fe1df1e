package org.samraad.plan;

import java.util.List;

/**
 * Attendance at the year's held meetings: every voting member (chair, vice chair, member) whose term covered the
 * meeting's day was expected once; they attended when present or when a substitute came for them. Per seat group
 * in the order of {@link org.samraad.council.SeatGroup}, and in total.
 */
public record ReportAttendance(List<ReportGroupAttendance> groups, int expected, int attended, Integer percent) {

    public ReportAttendance {
        groups = List.copyOf(groups);
    }
}
