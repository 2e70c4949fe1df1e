package org.samraad.council;

/**
 * An entry of the organisations directory as it leaves the service: immutable, no AO proxy behind it. The
 * contact is functional (a team or shared inbox), not a person.
 */
public record Organisation(
        int id,
        String spaceKey,
        String name,
        OrganisationKind kind,
        String website,
        String contactName,
        String contactEmail,
        String contactPhone,
        String offers,
        String targetGroup,
        int version) {

    static Organisation of(OrganisationEntity row) {
        return new Organisation(
                row.getID(),
                row.getSpaceKey(),
                row.getName(),
                OrganisationKind.valueOf(row.getKind()),
                row.getWebsite(),
                row.getContactName(),
                row.getContactEmail(),
                row.getContactPhone(),
                row.getOffers(),
                row.getTargetGroup(),
                row.getVersion());
    }
}
