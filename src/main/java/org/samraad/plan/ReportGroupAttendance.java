package org.samraad.plan;

import org.samraad.council.SeatGroup;

/**
 * One seat group's attendance: {@code attended} of {@code expected} member-meetings, {@code bySubstitute} of them
 * through a substitute. Members without a seat count under {@link SeatGroup#OTHER}.
 */
public record ReportGroupAttendance(SeatGroup group, int expected, int attended, int bySubstitute, Integer percent) {}
