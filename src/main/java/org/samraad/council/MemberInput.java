package org.samraad.council;

import java.time.LocalDate;
import org.samraad.platform.rest.Iso8601;

/**
 * What a client sends to add or change a member: either {@code userKey} (a Confluence user) or {@code name} (a
 * person without an account). {@code force} asks to over-fill a full seat and is honoured for space
 * administrators only. {@code version} is required on update.
 *
 * <p>On update, fields the caller cannot see (contact details, per diem, an unpublished name) may be sent as
 * null to keep what is stored, so a space editor who is not a council member cannot wipe them by accident.
 *
 * @param samePersonAs on create: a membership (member id) of the same person in another council, whose space the
 *     caller administers; the new membership then shares that person (user key, name, contact details, consent) and those fields of this
 *     input are not used
 */
public record MemberInput(
        String userKey,
        String name,
        String role,
        Integer seatId,
        Integer organisationId,
        Integer substituteForId,
        @Iso8601 LocalDate termStart,
        @Iso8601 LocalDate termEnd,
        Boolean perDiemEligible,
        Boolean publishConsent,
        String email,
        String phone,
        String postalAddress,
        Boolean force,
        Integer version,
        Integer samePersonAs) {

    /** A membership of a person not yet in another council of the space. */
    public MemberInput(String userKey, String name, String role, Integer seatId, Integer organisationId,
            Integer substituteForId, LocalDate termStart, LocalDate termEnd, Boolean perDiemEligible,
            Boolean publishConsent, String email, String phone, String postalAddress, Boolean force, Integer version) {
        this(userKey, name, role, seatId, organisationId, substituteForId, termStart, termEnd, perDiemEligible,
                publishConsent, email, phone, postalAddress, force, version, null);
    }
}
