package org.samraad.meeting;

/**
 * One line of an attendance save. A member's line: {@code memberId}, {@code status} (PRESENT, APOLOGIES, ABSENT or
 * SUBSTITUTE_ATTENDED with {@code substituteId}). A guest's line: no member, status GUEST (or none), a Confluence
 * user by {@code userKey} or a {@code name}, and the {@code organisationId} they came for, if any.
 */
public record AttendanceLineInput(
        Integer memberId,
        String status,
        Integer substituteId,
        String userKey,
        String name,
        Integer organisationId) {}
