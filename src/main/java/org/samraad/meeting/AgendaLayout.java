package org.samraad.meeting;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.samraad.meeting.AgendaRow.PresenterStanding;

/**
 * Numbers, start times and visibility of an agenda for one audience (see {@link AgendaAudience}); pure, so the
 * rules are tested without a database. Every audience gets the same numbers, start times and attachment numbers:
 * a closed item or attachment someone may not see keeps its place as its number (and time) only.
 */
final class AgendaLayout {
    private AgendaLayout() {}

    /**
     * @param start the meeting's start in its zone, or null
     * @param record decisions and dissent may be shown ({@link MeetingDisclosure#record()})
     * @param fullName a Confluence user's full name by user key
     */
    static List<AgendaItem> arrange(List<AgendaRow> rows, LocalDateTime start, ZoneId zone, AgendaAudience audience,
            boolean record, Function<String, String> fullName) {
        List<AgendaItem> items = new ArrayList<>();
        ZonedDateTime clock = start == null ? null : start.atZone(zone);
        int attachmentNumber = 0;
        for (AgendaRow row : rows) {
            boolean hidden = row.closed() && audience != AgendaAudience.INSIDER;
            int number = items.size() + 1;
            if (hidden) {
                attachmentNumber += row.attachments().size();
                items.add(new AgendaItem(row.id(), row.meetingId(), number, row.sortOrder(), null, null, null, null, null,
                        false, row.durationMinutes(), clock == null ? null : clock.toOffsetDateTime(), true, true, null,
                        null, null, null, null, null, null, List.of(), row.version(), List.of(), null));
            } else {
                List<AgendaAttachment> attachments = new ArrayList<>();
                for (AgendaRow.Attachment a : row.attachments()) {
                    attachmentNumber++;
                    attachments.add(a.closed() && audience != AgendaAudience.INSIDER
                            ? AgendaAttachment.restricted(a.id(), attachmentNumber)
                            : new AgendaAttachment(a.id(), attachmentNumber, a.title(), a.attachmentId(), a.url(),
                                    a.closed(), false, a.documentNumber()));
                }
                boolean withheld = row.hasPresenter() && !presenterShown(row.presenterStanding(), audience);
                String presenter = withheld || !row.hasPresenter() ? null
                        : row.presenterUserKey() != null ? fullName.apply(row.presenterUserKey()) : row.presenterName();
                items.add(new AgendaItem(row.id(), row.meetingId(), number, row.sortOrder(), row.title(), row.kind(),
                        row.standingKind(), withheld ? null : row.presenterUserKey(), presenter, withheld,
                        row.durationMinutes(), clock == null ? null : clock.toOffsetDateTime(), row.closed(), false,
                        row.casePresentation(), row.recommendation(), record ? row.decision() : null,
                        record ? row.dissent() : null, row.easyRead(),
                        row.hearingId(), row.hearingPageId(), attachments, row.version(), List.of(),
                        row.caseNumber()));
            }
            // on the time-line, not the wall clock: 90 minutes from 01:30 on the night summer time ends is 02:00
            clock = clock == null ? null : clock.plusMinutes(row.durationMinutes());
        }
        return items;
    }

    /**
     * Insiders see every name. Other readers see the names of people who are not council members (guests, staff
     * presenting a case) and of members who consented; the public view names consenting members only.
     */
    private static boolean presenterShown(PresenterStanding standing, AgendaAudience audience) {
        return switch (audience) {
            case INSIDER -> true;
            case OUTSIDER -> standing != PresenterStanding.MEMBER_WITHOUT_CONSENT;
            case PUBLIC -> standing == PresenterStanding.MEMBER_WITH_CONSENT;
        };
    }
}
