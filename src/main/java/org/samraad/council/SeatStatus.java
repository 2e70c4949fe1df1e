package org.samraad.council;

/** How one group of seats stands today: required, filled by serving members, and still vacant. */
public record SeatStatus(
        int seatId,
        SeatGroup group,
        String label,
        Integer organisationId,
        String organisationName,
        int required,
        int filled,
        int vacancies) {

    /** More serving members than seats: possible only when a space administrator confirmed it. */
    public boolean overFilled() {
        return filled > required;
    }
}
