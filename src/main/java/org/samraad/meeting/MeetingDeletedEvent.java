package org.samraad.meeting;

/**
 * Published by {@link MeetingService#delete} inside its transaction, while the meeting's row still exists, so other
 * features remove what hangs off it (and tell whoever was invited) without the meeting package knowing them.
 *
 * @param status the meeting's status when it was deleted
 * @param version the meeting's version when it was deleted
 */
public record MeetingDeletedEvent(int meetingId, int councilId, MeetingStatus status, int version) {}
