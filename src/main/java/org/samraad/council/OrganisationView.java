package org.samraad.council;

import java.util.List;
import org.samraad.platform.Paragraphs;
import org.samraad.platform.WebAddress;

/**
 * One organisation as the overview template shows it; plain values only (the template may call nothing else).
 * {@code website} is null unless it is an http(s) address, so a row that bypassed validation (an import, an
 * old version) can never put another scheme into a link.
 */
public record OrganisationView(
        int id,
        String name,
        String website,
        List<String> offersParagraphs,
        List<String> targetGroupParagraphs,
        String contactName,
        String contactEmail,
        String contactPhone,
        boolean hasContact) {

    public OrganisationView {
        offersParagraphs = List.copyOf(offersParagraphs);
        targetGroupParagraphs = List.copyOf(targetGroupParagraphs);
    }

    public boolean hasOffers() {
        return !offersParagraphs.isEmpty();
    }

    public boolean hasTargetGroup() {
        return !targetGroupParagraphs.isEmpty();
    }

    static OrganisationView of(Organisation organisation) {
        return new OrganisationView(
                organisation.id(),
                organisation.name(),
                WebAddress.isValid(organisation.website()) ? organisation.website() : null,
                Paragraphs.of(organisation.offers()),
                Paragraphs.of(organisation.targetGroup()),
                organisation.contactName(),
                organisation.contactEmail(),
                organisation.contactPhone(),
                organisation.contactName() != null || organisation.contactEmail() != null
                        || organisation.contactPhone() != null);
    }

    /** Velocity's {@code #if} asks for a view's text; a record's own formats every component (ViewRecordsTest). */
    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
