package org.samraad.meeting;

/**
 * A step in a meeting's life: the status to move to, with the version the client read. {@code confirm} true takes
 * a step that asks for confirmation (marking held before the start, approving incomplete minutes); without it such
 * a step is a 409 saying what to confirm. {@code reason} says why approved minutes are reopened: required for a
 * reopen, refused with any other step (it would be stored nowhere).
 */
public record MeetingTransitionInput(String to, Integer version, Boolean confirm, String reason) {

    /** A step that is not a reopen: no reason. */
    public MeetingTransitionInput(String to, Integer version, Boolean confirm) {
        this(to, version, confirm, null);
    }
}
