package org.samraad.meeting;

import java.time.OffsetDateTime;
import java.util.List;
import org.samraad.platform.rest.Iso8601;

/**
 * One agenda item as it leaves the service, numbered and timed within its agenda. Start times run on the clock,
 * not the calendar: an item after a change to or from summer time starts when the durations before it have really
 * passed, and carries its own UTC offset.
 *
 * @param number 1-based position among the items the reader is shown
 * @param presenterName the presenter's full name (a Confluence user) or stored name; null when there is none or it
 *     is withheld
 * @param presenterWithheld there is a presenter, but this reader may not learn the name (a council member who has
 *     not consented to publication)
 * @param startsAt null when the meeting has no start time
 * @param hearingPageId the Confluence page of the item's hearing (where its response is written), or null
 * @param dissenters the council members recorded as dissenting (empty on a restricted item)
 * @param caseNumber the municipality's case number (Sagsnr., Ärendenr.); null on a restricted item
 * @param restricted a closed item (lukket punkt) shown to a reader who may not see it: only its number, time and
 *     duration, so the numbering and times of the other items still agree with the minutes
 */
public record AgendaItem(
        int id,
        int meetingId,
        int number,
        int sortOrder,
        String title,
        AgendaItemKind kind,
        StandingKind standingKind,
        String presenterUserKey,
        String presenterName,
        boolean presenterWithheld,
        int durationMinutes,
        @Iso8601 OffsetDateTime startsAt,
        boolean closed,
        boolean restricted,
        String casePresentation,
        String recommendation,
        String decision,
        String dissent,
        String easyRead,
        Integer hearingId,
        Long hearingPageId,
        List<AgendaAttachment> attachments,
        int version,
        List<AgendaDissenter> dissenters,
        String caseNumber) {

    public AgendaItem {
        attachments = List.copyOf(attachments);
        dissenters = List.copyOf(dissenters);
    }

    /** This item with its dissenters as the reader may see them. */
    AgendaItem withDissenters(List<AgendaDissenter> shown) {
        return new AgendaItem(id, meetingId, number, sortOrder, title, kind, standingKind, presenterUserKey,
                presenterName, presenterWithheld, durationMinutes, startsAt, closed, restricted, casePresentation,
                recommendation, decision, dissent, easyRead, hearingId, hearingPageId, attachments, version, shown,
                caseNumber);
    }
}
