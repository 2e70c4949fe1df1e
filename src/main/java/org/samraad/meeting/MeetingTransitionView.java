package org.samraad.meeting;

/**
 * A workflow button: the status it moves the meeting to, its label, and for a reopen the question the editor
 * confirms first (null otherwise).
 */
public record MeetingTransitionView(String to, String label, String confirm) {}
