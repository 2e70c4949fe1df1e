package org.samraad.council;

import java.time.Instant;
import java.time.LocalDate;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.Validation;

/**
 * A member as stored, with every personal detail. Other packages read it only to pass it to
 * {@link MemberVisibility}, which decides what the caller may see, or to apply rules that need no personal detail
 * (role, term, substitute).
 */
public record MemberRow(
        int id,
        int councilId,
        String userKey,
        String name,
        MemberRole role,
        Integer seatId,
        Integer organisationId,
        String organisationName,
        Integer substituteForId,
        LocalDate termStart,
        LocalDate termEnd,
        boolean perDiemEligible,
        boolean publishConsent,
        Instant consentChangedAt,
        String email,
        String phone,
        String postalAddress,
        Instant anonymisedAt,
        int version,
        Integer personId) {

    /** A row of a person's first (or only) membership. */
    public MemberRow(int id, int councilId, String userKey, String name, MemberRole role, Integer seatId,
            Integer organisationId, String organisationName, Integer substituteForId, LocalDate termStart,
            LocalDate termEnd, boolean perDiemEligible, boolean publishConsent, Instant consentChangedAt, String email,
            String phone, String postalAddress, Instant anonymisedAt, int version) {
        this(id, councilId, userKey, name, role, seatId, organisationId, organisationName, substituteForId, termStart,
                termEnd, perDiemEligible, publishConsent, consentChangedAt, email, phone, postalAddress, anonymisedAt,
                version, null);
    }

    static MemberRow of(MemberEntity row) {
        return new MemberRow(
                row.getID(),
                row.getCouncilId(),
                row.getUserKey(),
                row.getName(),
                role(row.getRole()),
                row.getSeatId(),
                row.getOrganisationId(),
                null,
                row.getSubstituteForId(),
                CalendarDays.toDay(row.getTermStart()),
                CalendarDays.toDay(row.getTermEnd()),
                row.isPerDiemEligible(),
                row.isPublishConsent(),
                CalendarDays.toInstant(row.getConsentChangedAt()),
                row.getEmail(),
                row.getPhone(),
                row.getPostalAddress(),
                CalendarDays.toInstant(row.getAnonymisedAt()),
                row.getVersion(),
                row.getPersonId());
    }

    /** Rows written by hand or by a later version may carry a role this version does not know: show them as members. */
    static MemberRole role(String stored) {
        MemberRole role = Validation.parse(stored, MemberRole.class);
        return role == null ? MemberRole.MEMBER : role;
    }

    MemberRow withOrganisationName(String organisationName) {
        return new MemberRow(id, councilId, userKey, name, role, seatId, organisationId, organisationName,
                substituteForId, termStart, termEnd, perDiemEligible, publishConsent, consentChangedAt, email, phone,
                postalAddress, anonymisedAt, version, personId);
    }

    /** The person this membership belongs to: the id of the person's first membership. */
    public int person() {
        return personId == null ? id : personId;
    }

    Term term() {
        return new Term(termStart, termEnd);
    }

    boolean isAnonymised() {
        return anonymisedAt != null;
    }

    /** In office on {@code day}: the term has begun and not ended, and the person has not been anonymised. */
    public boolean isServing(LocalDate day) {
        return !isAnonymised() && term().contains(day);
    }

    /** Serving on {@code day} in a role of the council's inner circle (see {@link MemberRole#isInsider}). */
    public boolean isServingInsider(LocalDate day) {
        return isServing(day) && role.isInsider();
    }

    boolean fillsSeat(LocalDate day) {
        return seatId != null && role.fillsSeat() && isServing(day);
    }
}
