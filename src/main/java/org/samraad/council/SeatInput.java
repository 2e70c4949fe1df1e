package org.samraad.council;

/**
 * What a client sends to add or change a group of seats. Group is text so an unknown value gets a field error
 * in the caller's language; sort order is optional (new seats go last); version is required on update.
 */
public record SeatInput(
        String group, String label, Integer requiredCount, Integer organisationId, Integer sortOrder, Integer version) {}
