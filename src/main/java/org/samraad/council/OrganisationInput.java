package org.samraad.council;

/**
 * What a client sends to create or change an organisation. Kind is text so an unknown value gets a field error
 * in the caller's language; spaceKey is required on create and cannot change; version is required on update
 * (optimistic locking). Optional texts left empty are stored as absent.
 */
public record OrganisationInput(
        String spaceKey,
        String name,
        String kind,
        String website,
        String contactName,
        String contactEmail,
        String contactPhone,
        String offers,
        String targetGroup,
        Integer version) {}
