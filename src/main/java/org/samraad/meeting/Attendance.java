package org.samraad.meeting;

import java.time.LocalDate;
import java.util.List;
import org.samraad.platform.rest.Iso8601;

/**
 * A meeting's whole attendance: every member serving on the meeting's date with their status (or none yet), the
 * guests, the invited guests (as {@link Guest}'s rule shows them to the reader), the quorum and who came for which
 * organisation.
 *
 * @param date the meeting's day in the council's zone: who serves is decided for this day
 * @param version the attendance's version (not the meeting's): send it back with a change
 * @param bodies the councils the members are listed under, the meeting's own first; more than one at a joint meeting
 */
public record Attendance(
        int meetingId,
        @Iso8601 LocalDate date,
        int version,
        List<AttendanceLine> members,
        List<AttendanceLine> guests,
        Quorum quorum,
        List<OrganisationAttendance> byOrganisation,
        List<AttendanceBody> bodies,
        List<Guest> invitedGuests) {
    public Attendance {
        bodies = bodies == null ? List.of() : List.copyOf(bodies);
        members = List.copyOf(members);
        guests = List.copyOf(guests);
        invitedGuests = invitedGuests == null ? List.of() : List.copyOf(invitedGuests);
        byOrganisation = List.copyOf(byOrganisation);
    }

    /** Held with other councils: the members are listed under each body's name. */
    public boolean joint() {
        return bodies.size() > 1;
    }
}
