package org.samraad.meeting;

import java.util.List;

/**
 * A meeting's attendance as a client saves it: every line at once (PUT replaces the list; a member without a line,
 * or with no status, is "not recorded"), with the attendance version the client read.
 */
public record AttendanceInput(List<AttendanceLineInput> lines, Integer version) {}
