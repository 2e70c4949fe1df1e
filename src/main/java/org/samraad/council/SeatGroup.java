package org.samraad.council;

/**
 * Whom a group of seats represents. The seeds' compositions are made of these: politicians, users, user
 * organisations, staff and management (udsatteråd), police, businesses, associations and residents (dialogue
 * forums). The council's own wording goes in the seat's label.
 */
public enum SeatGroup {
    POLITICAL,
    USER,
    USER_ORGANISATION,
    STAFF,
    MANAGEMENT,
    POLICE,
    BUSINESS,
    ASSOCIATION,
    RESIDENT,
    OTHER
}
