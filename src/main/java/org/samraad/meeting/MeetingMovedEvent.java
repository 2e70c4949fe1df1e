package org.samraad.meeting;

/**
 * Published by {@link MeetingService#update} inside its transaction when a meeting whose agenda has gone out (and
 * that is still to be held) changes its start, end or place: those invited need an updated invitation.
 *
 * @param version the meeting's version after the change, which the calendar event takes as its SEQUENCE
 */
public record MeetingMovedEvent(int meetingId, int councilId, int version) {}
