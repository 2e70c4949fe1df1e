package org.samraad.meeting;

/**
 * Where a meeting is in its life: planned → agenda published → held → minutes approved → published, or cancelled.
 * Once the minutes are approved the decisions are locked; changing them needs an explicit, recorded reopen.
 */
public enum MeetingStatus {
    PLANNED,
    AGENDA_PUBLISHED,
    HELD,
    MINUTES_APPROVED,
    PUBLISHED,
    CANCELLED;

    /** The meeting took place (what a report counts as held): held, and every step after it. */
    public boolean wasHeld() {
        return this == HELD || this == MINUTES_APPROVED || this == PUBLISHED;
    }

    /** Decisions, dissents and the items themselves may no longer change without reopening the minutes. */
    public boolean decisionsLocked() {
        return this == MINUTES_APPROVED || this == PUBLISHED;
    }
}
