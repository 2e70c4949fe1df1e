package org.samraad.meeting;

/**
 * Published by {@link MeetingService#transition} inside the transaction that reopens approved or published minutes
 * (back to HELD); listeners run synchronously and join it, as with {@link MinutesApprovedEvent}.
 *
 * @param reopenedBy the reopening user's key
 */
public record MinutesReopenedEvent(int meetingId, int councilId, String reopenedBy) {}
