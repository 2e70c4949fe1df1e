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
public record MinutesSigners(PersonStanding approvedBy, PersonStanding reopenedBy, NoteTaker noteTaker) {

    /**
     * The member who takes the notes, as their member row has them, found in the same statement.
     *
     * @param standing {@link PersonStanding#NOT_A_MEMBER} when the row is gone or of another council
     */
    public record NoteTaker(String userKey, String name, PersonStanding standing) {
        static final NoteTaker NONE = new NoteTaker(null, null, PersonStanding.NOT_A_MEMBER);
    }

    public MinutesSigners(PersonStanding approvedBy, PersonStanding reopenedBy) {
        this(approvedBy, reopenedBy, NoteTaker.NONE);
    }

    public MinutesSigners {
        noteTaker = noteTaker == null ? NoteTaker.NONE : noteTaker;
    }

    /** By the same rule over the council's member rows already loaded (a list of meetings). */
    static MinutesSigners of(List<MemberRow> councilRows, Meeting meeting) {
        NoteTaker noteTaker = NoteTaker.NONE;
        if (meeting.noteTaker() != null) {
            for (MemberRow row : councilRows) {
                if (row.id() == meeting.noteTaker()) {
                    noteTaker = new NoteTaker(row.userKey(), row.name(),
                            PersonStanding.of(councilRows, row.id(), null, null));
                }
            }
        }
        return new MinutesSigners(PersonStanding.of(councilRows, null, meeting.minutesApprovedBy(), null),
                PersonStanding.of(councilRows, null, meeting.minutesReopenedBy(), null), noteTaker);
    }

    static boolean anyNamed(List<Meeting> meetings) {
        return meetings.stream().anyMatch(m -> m.minutesApprovedBy() != null || m.minutesReopenedBy() != null
                || m.noteTaker() != null);
    }

    /**
     * The note-taker as a caller may see them: by the member list's rule, "name not published" to outsiders for a
     * member without consent and "former member" to everyone once erased; null when the meeting has none.
     */
    String noteTakerName(Meeting meeting, boolean insider, MemberVisibility visibility) {
        if (meeting.noteTaker() == null) {
            return null;
        }
        PersonStanding standing = noteTaker.standing() == PersonStanding.NOT_A_MEMBER && noteTaker.name() == null
                && noteTaker.userKey() == null ? PersonStanding.FORMER : noteTaker.standing();
        ShownName shown = visibility.name(standing, noteTaker.userKey(), noteTaker.name(), insider);
        return shown.name();
    }

    ShownName approver(Meeting meeting, boolean insider, MemberVisibility visibility) {
        return visibility.name(approvedBy, meeting.minutesApprovedBy(), null, insider);
    }

    ShownName reopener(Meeting meeting, boolean insider, MemberVisibility visibility) {
        return visibility.name(reopenedBy, meeting.minutesReopenedBy(), null, insider);
    }

    /**
     * The meeting as the caller may read it: the user keys of approver and reopener only where their names show, the
     * note-taker named by the member list's rule.
     */
    Meeting shown(Meeting meeting, boolean insider, MemberVisibility visibility) {
        return meeting.withMinutesSigners(approver(meeting, insider, visibility).userKey(),
                reopener(meeting, insider, visibility).userKey())
                .withNoteTakerName(noteTakerName(meeting, insider, visibility));
    }
}
