package org.samraad.meeting;

import java.time.LocalDate;
import org.samraad.council.PersonStanding;
import org.samraad.council.ShownName;
import org.samraad.platform.rest.Iso8601;

/**
 * An action as a meeting page lists it (under follow-up, or under the agenda item it came from): who owns it, when
 * it is due, where it stands. The owner is a user key (the reader's side resolves the name) or a stored name, with
 * the owner's standing in the council, which decides whether the reader may see that name
 * ({@code MemberVisibility#name}). Where it stands comes as the action feature words it: the i18n key of its status
 * and whether that status closes it (see {@link MeetingActions}).
 */
public record ActionSummary(
        int id,
        String title,
        String ownerUserKey,
        String ownerName,
        String organisationName,
        @Iso8601 LocalDate dueDate,
        String statusKey,
        boolean closed,
        Integer meetingId,
        Integer agendaItemId,
        boolean overdue,
        PersonStanding ownerStanding) {

    /** This action with its owner as a reader may see them. */
    public ActionSummary shownAs(ShownName owner) {
        return new ActionSummary(id, title, owner.userKey(), owner.name(), organisationName, dueDate, statusKey, closed,
                meetingId, agendaItemId, overdue, ownerStanding);
    }
}
