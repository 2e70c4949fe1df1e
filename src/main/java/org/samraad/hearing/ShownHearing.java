package org.samraad.hearing;

import java.time.LocalDate;
import org.samraad.platform.rest.Iso8601;

/**
 * A hearing as a macro shows it, with whether the caller may move it on and record its follow-up, and the
 * council's today (the default day of a submission).
 *
 * @param onLiveAgenda its agenda item still stands on a meeting that was not cancelled; else it may be put on one
 * @param minutesPending for a hearing in drafting: approved minutes that decided on its response, which the approval
 *     could not approve; null otherwise
 * @param councilLocale the council's language, in which its response is written
 * @param agendaLink where "On a meeting agenda" leads the caller (the meeting's page, at the item if they may see
 *     it there); null without a meeting page they may view
 * @param history the hearing's record, oldest first, its makers named by the member list's rule
 * @param agendaMeetingTitle the title of the meeting whose agenda holds it; null when not on a live agenda
 */
public record ShownHearing(Hearing hearing, boolean editable, @Iso8601 LocalDate today, boolean onLiveAgenda,
        MinutesApprovalQuery.Approval minutesPending, String councilLocale, String agendaLink,
        java.util.List<HearingEvent> history, String agendaMeetingTitle) {

    public ShownHearing {
        history = java.util.List.copyOf(history);
    }
}
