package org.samraad.meeting;

import org.samraad.council.MemberRole;

/**
 * One line of a meeting's attendance: a member of the council (with their recorded status, or none yet) or a guest.
 * Names follow {@link org.samraad.council.MemberVisibility}; a guest's name is shown to council insiders and space
 * editors only. There is deliberately no reason field: why someone stayed away is nobody's business here.
 *
 * @param memberId the member, or null for a guest
 * @param userKey the person's Confluence user key, when they have one and the caller may see it
 * @param name the stored name of a person without an account, when the caller may see it
 * @param displayName what to show: a full name, a stored name, or a placeholder ("name not published", "guest")
 * @param role the member's role; null for a guest
 * @param status the recorded status; null when nothing has been recorded for the member
 * @param substituteId with SUBSTITUTE_ATTENDED: the member who came instead
 * @param substituteName that member's name, as the caller may see it
 * @param substituteForId on a personal substitute's line: the member they stand in for
 * @param councilId the body the member is listed under (see {@link Attendance#bodies()}); null for a guest
 * @param alsoIn at a joint meeting, the other bodies the person sits in: listed once, under the first
 */
public record AttendanceLine(
        Integer memberId,
        String userKey,
        String name,
        String displayName,
        boolean nameHidden,
        MemberRole role,
        Integer organisationId,
        String organisationName,
        AttendanceStatus status,
        Integer substituteId,
        String substituteName,
        Integer substituteForId,
        Integer councilId,
        java.util.List<String> alsoIn) {

    public AttendanceLine {
        alsoIn = alsoIn == null ? java.util.List.of() : java.util.List.copyOf(alsoIn);
    }

    /** A line of a meeting of one council. */
    public AttendanceLine(Integer memberId, String userKey, String name, String displayName, boolean nameHidden,
            MemberRole role, Integer organisationId, String organisationName, AttendanceStatus status,
            Integer substituteId, String substituteName, Integer substituteForId) {
        this(memberId, userKey, name, displayName, nameHidden, role, organisationId, organisationName, status,
                substituteId, substituteName, substituteForId, null, null);
    }
}
