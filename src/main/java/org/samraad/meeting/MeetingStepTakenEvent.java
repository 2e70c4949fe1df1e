package org.samraad.meeting;

/**
 * Published by {@link MeetingService#transition} inside the transaction that moves a meeting one step in its life
 * (agenda published, held, minutes approved or published, cancelled, reinstated, reopened), so other features (the
 * communication that goes out with a step) act on it without the meeting package knowing them. Listeners run
 * synchronously and join the transaction: what they write or queue is rolled back with the step.
 *
 * @param version the meeting's version after the step, which the meeting's calendar event takes as its SEQUENCE
 */
public record MeetingStepTakenEvent(int meetingId, int councilId, MeetingStatus from, MeetingStatus to, int version) {}
