package org.samraad.meeting;

/**
 * Published by {@link AgendaRequestService#answer} inside its transaction when the secretariat accepts or declines
 * a request, so the requester can be told (the meeting package does not mail).
 *
 * @param status {@link AgendaRequestStatus#ACCEPTED} or {@link AgendaRequestStatus#DECLINED}
 * @param agendaItemId the item made from an accepted request; null for a declined one
 */
public record AgendaRequestAnsweredEvent(int requestId, int meetingId, AgendaRequestStatus status,
        Integer agendaItemId) {}
