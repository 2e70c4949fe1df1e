package org.samraad.council;

import java.time.Instant;
import java.time.LocalDate;
import org.samraad.platform.rest.Iso8601;

/**
 * A member as one caller may see them; made only by {@link MemberVisibility}. For callers who are not insiders
 * (serving council members and space administrators) contact details, per-diem eligibility and the consent date
 * are null, and so are the name and user key of a member who has not consented to publication: their
 * {@code displayName} is then the "name not published" text and {@code nameHidden} is true.
 *
 * @param displayName what to show: the Confluence user's full name, the stored name, or a placeholder
 * @param serving in office today (term begun and not ended, not anonymised)
 * @param personId the person: the id of their first membership; equal on every membership of one person in
 *     councils of the space
 */
public record Member(
        int id,
        int councilId,
        String userKey,
        String name,
        String displayName,
        boolean nameHidden,
        MemberRole role,
        Integer seatId,
        Integer organisationId,
        String organisationName,
        Integer substituteForId,
        @Iso8601 LocalDate termStart,
        @Iso8601 LocalDate termEnd,
        boolean serving,
        boolean anonymised,
        Boolean perDiemEligible,
        boolean publishConsent,
        @Iso8601 Instant consentChangedAt,
        String email,
        String phone,
        String postalAddress,
        int version,
        int personId) {}
