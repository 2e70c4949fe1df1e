package org.samraad.meeting;

import java.util.List;

/** Who attended for one organisation: its members who came (or their substitutes) and its guests, by name. */
public record OrganisationAttendance(int organisationId, String organisationName, List<String> people) {
    public OrganisationAttendance {
        people = List.copyOf(people);
    }
}
