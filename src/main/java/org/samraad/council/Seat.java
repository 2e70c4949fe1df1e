package org.samraad.council;

/**
 * One group of seats in a council's composition, e.g. "2 seats for users", optionally reserved for an
 * organisation (whose name comes along so lists need no second look-up).
 */
public record Seat(
        int id,
        int councilId,
        SeatGroup group,
        String label,
        int requiredCount,
        Integer organisationId,
        String organisationName,
        int sortOrder,
        int version) {}
