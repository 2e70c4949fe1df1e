package org.samraad.hearing;

import java.time.LocalDate;
import java.util.List;
import org.samraad.council.PersonStanding;
import org.samraad.council.ShownName;

/**
 * One hearing as read by {@link HearingsQuery}: the {@link Hearing} as stored (its responsible person as stored, not
 * yet shown to anyone; no deadline state yet, which needs the council's today), with its council's space and
 * language and what decides how the responsible person is shown to the caller.
 *
 * @param onLiveAgenda its agenda item still exists, on a meeting that was not cancelled
 * @param responsibleStanding the responsible person's standing in the council (it decides who may read the name)
 * @param callerServingInsider the caller serves on the council as an insider
 * @param agendaPlace where its agenda item stands, while {@code onLiveAgenda}; null otherwise
 */
record HearingRow(
        Hearing stored,
        String spaceKey,
        String councilLocale,
        boolean onLiveAgenda,
        PersonStanding responsibleStanding,
        boolean callerServingInsider,
        AgendaPlace agendaPlace) {

    /** The meeting (and its page, if it has one) whose agenda holds the hearing's item, and whether that is closed. */
    record AgendaPlace(int meetingId, Long meetingPageId, String meetingTitle,
            org.samraad.meeting.MeetingStatus meetingStatus, int agendaItemId, boolean closed) {}

    int id() {
        return stored.id();
    }

    int councilId() {
        return stored.councilId();
    }

    String title() {
        return stored.title();
    }

    String summary() {
        return stored.summary();
    }

    HearingStatus status() {
        return stored.status();
    }

    LocalDate receivedOn() {
        return stored.receivedOn();
    }

    LocalDate deadline() {
        return stored.deadline();
    }

    LocalDate submittedOn() {
        return stored.submittedOn();
    }

    Long pageId() {
        return stored.pageId();
    }

    String responsibleUserKey() {
        return stored.responsibleUserKey();
    }

    String responsibleName() {
        return stored.responsibleName();
    }

    /** The hearing as the caller sees it: the responsible person as shown to them, the deadline as of today. */
    Hearing shown(ShownName shown, LocalDate today) {
        Hearing h = stored;
        DeadlineState state = h.deadline() == null ? null
                : HearingDeadline.state(h.status(), h.deadline(), h.submittedOn(), today);
        Long daysLeft = h.deadline() == null || !h.status().isOpen() ? null
                : HearingDeadline.daysLeft(h.deadline(), today);
        return new Hearing(h.id(), h.councilId(), h.title(), h.issuingBody(), h.reference(),
                h.url(), h.summary(), h.receivedOn(), h.deadline(), shown.userKey(), shown.name(),
                h.status(), List.copyOf(h.status().next()), state, daysLeft, h.pageId(), h.agendaItemId(),
                h.submittedOn(), h.response(), h.dissent(), h.easyRead(), h.outcome(), h.reviewDate(),
                h.version(), h.caseNumber());
    }
}
