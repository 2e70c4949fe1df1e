package org.samraad.meeting;

/**
 * How a member took part in a meeting, or that a person came as a guest. SUBSTITUTE_ATTENDED is recorded on the
 * absent member's line, naming the substitute who came instead, so the seat counts towards the quorum.
 */
public enum AttendanceStatus {
    PRESENT,
    APOLOGIES,
    ABSENT,
    SUBSTITUTE_ATTENDED,
    GUEST;

    /** The member's seat is taken at the meeting: by the member, or by a substitute for them. */
    public boolean seatTaken() {
        return this == PRESENT || this == SUBSTITUTE_ATTENDED;
    }
}
