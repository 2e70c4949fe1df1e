package org.samraad.meeting;

import java.util.List;

/**
 * The actions a meeting page lists ({@link MeetingActions#forMeeting}): every action that came from the meeting,
 * and of the council's other open actions (the carry-over under follow-up) the most urgent
 * {@link MeetingActions#CARRIED_OVER_LISTED}.
 *
 * @param actions the meeting's own actions, whatever their status, and the listed carry-over, overdue first
 * @param moreCarriedOver whether the council has more open actions from elsewhere than are listed
 */
public record MeetingActionList(List<ActionSummary> actions, boolean moreCarriedOver) {

    public MeetingActionList {
        actions = List.copyOf(actions);
    }
}
