package org.samraad.meeting;

/**
 * A step in a meeting's life: the status to move to, with the version the client read. {@code confirm} true takes
 * a step that asks for confirmation (marking held before the start, approving incomplete minutes); without it such
 * a step is a 409 saying what to confirm.
 */
public record MeetingTransitionInput(String to, Integer version, Boolean confirm) {}
