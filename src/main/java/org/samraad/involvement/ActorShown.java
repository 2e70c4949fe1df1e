package org.samraad.involvement;

import org.samraad.council.MemberVisibility;
import org.samraad.council.PersonStanding;
import org.samraad.council.ShownName;
import org.springframework.stereotype.Component;

/**
 * An actor as a caller may see it. The contact person follows the member list's rule through
 * {@link MemberVisibility#name}: their consent to publication is a member's consent, so without it only insiders
 * (space administrators and serving council members other than observers) read the name, and contact details go to
 * insiders only, as a member's do. The staff member is named as any person a row refers to.
 */
@Component
class ActorShown {
    private final MemberVisibility visibility;

    ActorShown(MemberVisibility visibility) {
        this.visibility = visibility;
    }

    /** Whether the caller sees unpublished names and contact details of this council's actors. */
    boolean insider(ActorRow row) {
        return visibility.seesUnpublishedNames(row.spaceKey(), row.callerInsider());
    }

    /**
     * The input with the stored staff member kept when the writer was not shown them and sent none: a writer cannot
     * remove a person they may not see, as with the contact person ({@link ActorChecks}).
     */
    InvolvementActorInput keepingHiddenStaff(InvolvementActorInput input, ActorRow stored, boolean insider) {
        if (input == null || input.staffUserKey() != null || stored.staffUserKey() == null
                || show(stored, insider).staffUserKey() != null) {
            return input;
        }
        return input.withStaffUserKey(stored.staffUserKey());
    }

    InvolvementActor show(ActorRow row, boolean insider) {
        ShownName contact = row.contactName() == null ? new ShownName(null, null, false)
                : visibility.name(row.contactConsent() ? PersonStanding.PUBLISHED : PersonStanding.UNPUBLISHED,
                        null, row.contactName(), insider);
        ShownName staff = row.staffUserKey() == null ? new ShownName(null, null, false)
                : visibility.name(row.staffStanding(), row.staffUserKey(), null, insider);
        return new InvolvementActor(row.id(), row.councilId(), row.organisationId(), row.organisationName(),
                row.name(), row.title(), row.forms(), row.status(), row.plannedOn(), row.heldOn(), staff.userKey(),
                staff.name(), contact.name(), contact.hidden(), row.contactConsent(),
                insider ? row.contactEmail() : null, insider ? row.contactPhone() : null, row.targetGroupIds(),
                row.dimensionIds(), row.findings(), row.easyRead(), row.version());
    }
}
