package org.samraad.meeting;

import java.util.List;
import org.samraad.council.MemberRow;
import org.samraad.council.MemberVisibility;
import org.samraad.council.PersonStanding;
import org.samraad.council.ShownName;

/**
 * How the people who approved and who last reopened a meeting's minutes stand in its council, found in the statement
 * that loads the meeting: the header and the REST reply name them by the member list's rule
 * ({@link MemberVisibility#name}), so an approver without consent to publication is not named to outsiders.
 */
public record MinutesSigners(PersonStanding approvedBy, PersonStanding reopenedBy) {

    /** By the same rule over the council's member rows already loaded (a list of meetings). */
    static MinutesSigners of(List<MemberRow> councilRows, Meeting meeting) {
        return new MinutesSigners(PersonStanding.of(councilRows, null, meeting.minutesApprovedBy(), null),
                PersonStanding.of(councilRows, null, meeting.minutesReopenedBy(), null));
    }

    static boolean anyNamed(List<Meeting> meetings) {
        return meetings.stream().anyMatch(m -> m.minutesApprovedBy() != null || m.minutesReopenedBy() != null);
    }

    ShownName approver(Meeting meeting, boolean insider, MemberVisibility visibility) {
        return visibility.name(approvedBy, meeting.minutesApprovedBy(), null, insider);
    }

    ShownName reopener(Meeting meeting, boolean insider, MemberVisibility visibility) {
        return visibility.name(reopenedBy, meeting.minutesReopenedBy(), null, insider);
    }

    /** The meeting as the caller may read it: the user keys of approver and reopener only where their names show. */
    Meeting shown(Meeting meeting, boolean insider, MemberVisibility visibility) {
        return meeting.withMinutesSigners(approver(meeting, insider, visibility).userKey(),
                reopener(meeting, insider, visibility).userKey());
    }
}
