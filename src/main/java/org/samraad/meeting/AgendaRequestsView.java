package org.samraad.meeting;

import java.time.LocalDateTime;
import java.util.List;
import org.samraad.platform.I18n;
import org.samraad.platform.ReaderDates;

/**
 * What the agenda-requests template shows; plain values only (every getter it calls is on the Velocity allowlist).
 *
 * @param deadlineText when requests are due, in words, or that the meeting has no deadline
 * @param canPropose the live page view and the reader may ask for an item (a serving member or a space editor,
 *     while the meeting is still planned or its agenda just published)
 * @param changeable some row offers accept, decline or withdraw: the table gets a column for it
 */
public record AgendaRequestsView(
        int meetingId,
        String domId,
        String heading,
        String deadlineText,
        List<AgendaRequestLineView> lines,
        boolean canPropose,
        boolean changeable) {
    public AgendaRequestsView {
        lines = List.copyOf(lines);
    }

    public boolean hasLines() {
        return !lines.isEmpty();
    }

    static AgendaRequestsView of(MeetingContext context, List<AgendaRequest> requests, boolean interactive,
            String domId, I18n i18n) {
        Meeting meeting = context.meeting();
        boolean decide = interactive && context.viewer().secretariat();
        ReaderDates dates = ReaderDates.of(i18n);
        List<AgendaRequestLineView> lines = requests.stream().map(r -> {
            boolean submitted = r.status() == AgendaRequestStatus.SUBMITTED;
            return new AgendaRequestLineView(r.id(), r.version(), r.title(), r.description(), r.requesterName(),
                    r.requesterHidden(), r.submittedAt().toString(),
                    dates.dayTime(LocalDateTime.ofInstant(r.submittedAt(), meeting.zoneId())),
                    i18n.text("samraad.agenda-request.status." + r.status().name()),
                    r.late() ? i18n.text("samraad.agenda-request.late") : null, r.answer(),
                    decide && submitted && !r.mine(), interactive && submitted && r.mine(),
                    AgendaRequestLineView.lozenge(r.status()));
        }).toList();
        String title = meeting.title();
        String heading = title == null || title.isBlank() ? i18n.text("samraad.agenda-request.macro.heading-untitled")
                : i18n.text("samraad.agenda-request.macro.heading", title);
        String deadline = meeting.requestDeadline() == null ? i18n.text("samraad.agenda-request.macro.no-deadline")
                : i18n.text("samraad.agenda-request.macro.deadline", dates.day(meeting.requestDeadline()));
        return new AgendaRequestsView(meeting.id(), domId, heading, deadline, lines,
                interactive && AgendaRequestService.mayRequest(context),
                lines.stream().anyMatch(AgendaRequestLineView::changeable));
    }

    /**
     * Short on purpose: Velocity 1.7 calls toString() on each {@code #if($view)} to tell null from not
     * ({@code directive.if.tostring.nullcheck}), and a record's own toString would write out every row of the page.
     */
    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
