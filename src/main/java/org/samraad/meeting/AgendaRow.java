package org.samraad.meeting;

import java.util.List;
import org.samraad.council.PersonStanding;

/**
 * One agenda item as read in one statement with its attachments and whether its presenter is a council member who
 * consented to publication, and its hearing's response page if any, and its case number (null in minutes frozen before
 * there were case numbers); {@link AgendaLayout} turns rows into numbered, timed {@link AgendaItem}s for one reader.
 */
record AgendaRow(
        int id,
        int meetingId,
        int sortOrder,
        String title,
        AgendaItemKind kind,
        StandingKind standingKind,
        String presenterUserKey,
        String presenterName,
        PresenterStanding presenterStanding,
        int durationMinutes,
        boolean closed,
        String casePresentation,
        String recommendation,
        String decision,
        String dissent,
        String easyRead,
        Integer hearingId,
        Long hearingPageId,
        List<Attachment> attachments,
        int version,
        List<Dissenter> dissenters,
        String caseNumber) {

    AgendaRow {
        attachments = List.copyOf(attachments);
        dissenters = List.copyOf(dissenters);
    }

    boolean hasPresenter() {
        return presenterUserKey != null || presenterName != null;
    }

    /** A member who dissented, with what naming them needs. */
    record Dissenter(int memberId, String userKey, String name, PersonStanding standing) {}

    /** One attachment row of the item. */
    record Attachment(int id, String title, Long attachmentId, String url, boolean closed, String documentNumber) {}

    /** Whether the presenter serves on the meeting's council, and if so whether the name may be published. */
    enum PresenterStanding {
        NOT_A_MEMBER,
        MEMBER_WITHOUT_CONSENT,
        MEMBER_WITH_CONSENT
    }
}
