package org.samraad.meeting;

/** A step in a meeting's life: the status to move to, with the version the client read. */
public record MeetingTransitionInput(String to, Integer version) {}
