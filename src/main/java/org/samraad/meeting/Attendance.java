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
 */
public record Attendance(
        int meetingId,
        @Iso8601 LocalDate date,
        int version,
        List<AttendanceLine> members,
        List<AttendanceLine> guests,
        Quorum quorum,
        List<OrganisationAttendance> byOrganisation,
        List<Guest> invitedGuests) {
    public Attendance {
        members = List.copyOf(members);
        guests = List.copyOf(guests);
        invitedGuests = invitedGuests == null ? List.of() : List.copyOf(invitedGuests);
        byOrganisation = List.copyOf(byOrganisation);
    }
}
