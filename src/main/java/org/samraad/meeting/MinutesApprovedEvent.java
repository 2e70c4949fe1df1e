package org.samraad.meeting;

import java.time.LocalDate;

/**
 * Published by {@link MeetingService#transition} inside the transaction that approves a meeting's minutes, so other
 * features can act on the approved decisions (hearings move to approved) without the meeting package knowing them.
 * Listeners run synchronously in the publishing thread and therefore join its transaction.
 *
 * @param approvedBy the approving user's key; null only for an anonymous caller, which the service refuses
 * @param meetingDate the meeting's day in the council's zone; null when it has no start
 */
public record MinutesApprovedEvent(int meetingId, int councilId, String meetingTitle, LocalDate meetingDate,
        String approvedBy) {}
