package org.samraad.communication;

/** What a dispatch about a meeting sends. */
public enum DispatchKind {
    /** The invitation with the agenda, when the agenda is published (iCalendar REQUEST). */
    INVITATION,
    /** A moved meeting: the same event with a higher SEQUENCE (iCalendar REQUEST). */
    UPDATE,
    /** A cancelled meeting (iCalendar CANCEL). */
    CANCELLATION,
    /** The approved minutes, to the members. */
    MINUTES_APPROVED,
    /** The published minutes, to the members and the guests. */
    MINUTES_PUBLISHED,
    /** Tomorrow's meeting, the day before. */
    DAY_BEFORE,
    /** The answer to an agenda request, to the requester. */
    REQUEST_ANSWERED;

    /** Dispatches that hand people the agenda or the minutes, which those without e-mail get on paper. */
    public boolean hasPrintPack() {
        return this == INVITATION || this == UPDATE || this == MINUTES_APPROVED || this == MINUTES_PUBLISHED;
    }
}
