package org.samraad.action;

import java.time.LocalDate;
import org.samraad.council.PersonStanding;
import org.samraad.council.ShownName;
import org.samraad.meeting.MeetingStatus;

/**
 * One action as read in one statement: the {@link ActionItem} as stored (its owner as stored, not yet shown to
 * anyone; not yet judged overdue), with what decides how its owner is shown to the caller: the owner's standing in
 * the council and whether the caller serves on the council as an insider; and who can be mailed about it.
 */
record ActionRow(ActionItem stored, PersonStanding ownerStanding, boolean callerServingInsider,
        ActionAddressees addressees, StoredOrigin origin) {

    /**
     * The meeting and agenda item an action came from, as stored: what {@link ActionOriginRule} needs to decide what
     * of it a caller sees.
     *
     * @param agendaWentOut the agenda was published at some point
     * @param itemId the agenda item, or null (an action from the meeting as a whole, or an item since deleted)
     * @param itemNumber the item's number in the meeting's order, or null
     */
    record StoredOrigin(int meetingId, String meetingTitle, Long pageId, MeetingStatus status, boolean agendaWentOut,
            Integer itemId, Integer itemNumber, String itemTitle, boolean itemClosed) {}

    int id() {
        return stored.id();
    }

    int councilId() {
        return stored.councilId();
    }

    String ownerUserKey() {
        return stored.ownerUserKey();
    }

    String ownerName() {
        return stored.ownerName();
    }

    Integer ownerMemberId() {
        return stored.ownerMemberId();
    }

    /** Due before today and still to do: closed actions are never overdue, whatever their date. */
    boolean overdueOn(LocalDate today) {
        return stored.dueDate() != null && stored.dueDate().isBefore(today) && !stored.status().isClosed();
    }

    /** The action as the caller sees it: the owner as the member list's rule shows them, overdue as of today. */
    ActionItem shown(ShownName owner, LocalDate today) {
        return shown(owner, today, null);
    }

    /** As {@link #shown(ShownName, LocalDate)}, with where it came from as the caller may see it (or null). */
    ActionItem shown(ShownName owner, LocalDate today, ActionOrigin origin) {
        ActionItem a = stored;
        return new ActionItem(a.id(), a.councilId(), a.title(), a.description(), owner.userKey(), owner.name(),
                owner.hidden(), a.ownerMemberId(), a.organisationId(), a.organisationName(), a.dueDate(), a.status(),
                a.percentDone(), a.progressNote(), a.meetingId(), a.agendaItemId(), a.createdAt(), a.updatedAt(),
                a.completedAt(), overdueOn(today), a.version(), origin);
    }
}
