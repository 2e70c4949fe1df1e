package org.samraad.council;

/**
 * What sort of body an organisation is. The directory groups by kind in this order, public bodies first, so a
 * reader finds the municipality and the police before the many associations; OTHER always comes last.
 */
public enum OrganisationKind {
    /** A department or service of the municipality (e.g. social psychiatry, the job centre). */
    MUNICIPAL_DEPARTMENT,
    POLICE,
    /** The region (health care, psychiatry) in Denmark and Sweden. */
    REGION,
    /** Voluntary social work: soup kitchens, family friends, night cafés. */
    VOLUNTARY_ORGANISATION,
    /** Organisations of the users themselves (e.g. of people with mental illness or addiction). */
    USER_ORGANISATION,
    BUSINESS,
    RESIDENTS_ASSOCIATION,
    OTHER
}
