package org.samraad.involvement;

import java.time.LocalDate;
import java.util.List;
import org.samraad.platform.rest.Iso8601;

/**
 * An actor of an involvement process as the caller may see it. The contact person is named by the member list's
 * rule: to everyone when they consented to publication, otherwise only to insiders (others read "name not
 * published"); the contact's e-mail and phone only to insiders.
 *
 * @param title what the actor is called: its organisation's name or its own
 * @param staffUserKey who from the administration holds the contact; null when the caller may not see it
 * @param contactName the contact person, "name not published", or null when there is none
 * @param contactHidden the contact's name is withheld from this caller
 * @param contactEmail null for callers who are not insiders
 */
public record InvolvementActor(
        int id,
        int councilId,
        Integer organisationId,
        String organisationName,
        String name,
        String title,
        List<InvolvementForm> forms,
        ActorStatus status,
        @Iso8601 LocalDate plannedOn,
        @Iso8601 LocalDate heldOn,
        String staffUserKey,
        String staffName,
        String contactName,
        boolean contactHidden,
        boolean contactConsent,
        String contactEmail,
        String contactPhone,
        List<Integer> targetGroupIds,
        List<Integer> dimensionIds,
        String findings,
        String easyRead,
        int version) {

    public InvolvementActor {
        forms = List.copyOf(forms);
        targetGroupIds = List.copyOf(targetGroupIds);
        dimensionIds = List.copyOf(dimensionIds);
    }
}
