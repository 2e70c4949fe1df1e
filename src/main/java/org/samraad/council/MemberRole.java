package org.samraad.council;

/** A member's role in the council. The order is the order of a member list: chair and vice chair first. */
public enum MemberRole {
    CHAIR,
    VICE_CHAIR,
    MEMBER,
    SUBSTITUTE,
    SECRETARY,
    OBSERVER;

    /**
     * Whether a member in this role takes up one of the council's seats. Substitutes stand in for a member and
     * do not fill a seat of their own; the secretariat and observers do not hold seats.
     */
    public boolean fillsSeat() {
        return this == CHAIR || this == VICE_CHAIR || this == MEMBER;
    }

    /**
     * Whether a serving member in this role belongs to the council's inner circle, who see each other's contact
     * details and unpublished names. Observers (press, guests with a standing invitation) do not.
     */
    public boolean isInsider() {
        return this != OBSERVER;
    }

    /** Roles of which a council has at most one serving at a time. */
    public boolean isUnique() {
        return this == CHAIR || this == VICE_CHAIR;
    }
}
