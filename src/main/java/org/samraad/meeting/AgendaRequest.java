package org.samraad.meeting;

import java.time.Instant;
import org.samraad.platform.rest.Iso8601;

/**
 * A request for an agenda item as one caller may see it. The requester's name follows
 * {@link org.samraad.council.MemberVisibility} when they asked as a council member.
 *
 * @param requesterName what to show for who asked: a full name, or the "name not published" text
 * @param requesterUserKey who asked, when the caller may see it
 * @param mine the caller asked (and so may withdraw it while it is submitted)
 * @param late submitted after the end of the meeting's request deadline, in the council's zone
 * @param answer the secretariat's answer, e.g. why a request was declined
 * @param agendaItemId the agenda item made when the request was accepted
 */
public record AgendaRequest(
        int id,
        int meetingId,
        String title,
        String description,
        String requesterName,
        String requesterUserKey,
        boolean requesterHidden,
        boolean mine,
        @Iso8601 Instant submittedAt,
        boolean late,
        AgendaRequestStatus status,
        String answer,
        Integer agendaItemId,
        int version) {}
