package org.samraad.involvement;

import java.util.List;

/**
 * What a client sends to add or change an actor; every field is replaced (PUT), except that a caller who may not
 * see the contact person's details keeps them by sending them as null.
 *
 * @param organisationId an organisation of the directory the caller can see; or else {@code name}
 * @param name a named actor without an organisation (residents, hotels on the street)
 * @param forms one or more of INTERVIEW_ON_SITE, FOCUS_GROUP, PHONE_INTERVIEW, BILATERAL, FORUM_MEETING,
 *     WRITTEN_INPUT, MEETING_SERIES
 * @param status TO_CONTACT (default), AGREED, HELD, DECLINED or NO_ANSWER
 * @param plannedOn an ISO date, or blank
 * @param heldOn an ISO date; required when the status is HELD, and only then
 * @param staffUserKey who from the administration holds the contact
 * @param contactConsent the contact person agreed that their name is shown to everyone who can view the space
 * @param targetGroupIds ids of the process's target groups the actor covered (or knows about, before it is held)
 * @param dimensionIds ids of the process's dimensions, the same way
 * @param version required on update: the version the client read
 */
public record InvolvementActorInput(
        Integer organisationId,
        String name,
        List<String> forms,
        String status,
        String plannedOn,
        String heldOn,
        String staffUserKey,
        String contactName,
        Boolean contactConsent,
        String contactEmail,
        String contactPhone,
        List<Integer> targetGroupIds,
        List<Integer> dimensionIds,
        String findings,
        String easyRead,
        Integer version) {

    InvolvementActorInput withStaffUserKey(String key) {
        return new InvolvementActorInput(organisationId, name, forms, status, plannedOn, heldOn, key, contactName,
                contactConsent, contactEmail, contactPhone, targetGroupIds, dimensionIds, findings, easyRead, version);
    }
}
