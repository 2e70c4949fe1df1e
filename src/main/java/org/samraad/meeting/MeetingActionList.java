package org.samraad.meeting;

import java.util.List;

/**
 * The actions a meeting page lists ({@link MeetingActions#forMeeting}): every action that came from the meeting,
 * and of the council's other open actions (the carry-over under follow-up) the most urgent
 * {@link MeetingActions#CARRIED_OVER_LISTED}.
 *
 * @param actions the meeting's own actions, whatever their status, and the listed carry-over, overdue first
 * @param carriedOver how many open actions of the council not from this meeting there are in all, listed or not
 */
public record MeetingActionList(List<ActionSummary> actions, int carriedOver) {

    public MeetingActionList {
        actions = List.copyOf(actions);
    }

    /** How many open actions of the council this list leaves out: the follow-up says so and links the register. */
    public int carriedOverNotListed(int meetingId) {
        long listed = actions.stream().filter(a -> !a.closed() && !Integer.valueOf(meetingId).equals(a.meetingId()))
                .count();
        return (int) Math.max(0, carriedOver - listed);
    }
}
