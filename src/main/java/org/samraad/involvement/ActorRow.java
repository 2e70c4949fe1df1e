package org.samraad.involvement;

import java.time.LocalDate;
import java.util.List;
import org.samraad.council.PersonStanding;

/**
 * An actor as stored, with its contact person in full, the organisation's name and the council's space; only
 * {@link ActorShown} turns it into what a caller may see.
 *
 * @param staffStanding how the staff member stands in the council (the member list's naming rule)
 * @param callerInsider the caller serves on the council as an insider (found in the same statement)
 */
record ActorRow(
        int id,
        int councilId,
        String spaceKey,
        String councilLocale,
        Integer organisationId,
        String organisationName,
        String name,
        List<InvolvementForm> forms,
        ActorStatus status,
        LocalDate plannedOn,
        LocalDate heldOn,
        String staffUserKey,
        PersonStanding staffStanding,
        String contactName,
        boolean contactConsent,
        String contactEmail,
        String contactPhone,
        List<Integer> targetGroupIds,
        List<Integer> dimensionIds,
        String findings,
        String easyRead,
        int version,
        boolean callerInsider) {

    /** What the actor is called: its organisation's name, or its own. */
    String title() {
        return organisationName != null ? organisationName : name;
    }

    /** The day it was held, else the day it is planned for; null if neither. */
    LocalDate day() {
        return heldOn != null ? heldOn : plannedOn;
    }
}
