package org.samraad.meeting;

import java.time.LocalDate;

/**
 * What a meeting needs of the actions that come from it and are followed up on it, from the feature that holds
 * them: the agenda lists them, and a deleted meeting or item lets go of them. Implemented by the action feature, so
 * meeting knows none of its types.
 */
public interface MeetingActions {
    /**
     * How many of the council's open actions from elsewhere the follow-up lists. A council of some years holds
     * thousands; an agenda is read through before the meeting, and the follow-up is where the council sees what is
     * late or due soon, so it lists the most urgent and points to the action register for the rest. Twenty is about
     * what a follow-up item gets through in its time, and keeps the page's render small at any size of council.
     */
    int CARRIED_OVER_LISTED = 20;

    /**
     * In one statement: every action that came from this meeting, whatever its status, and of the council's other
     * actions still to do (the carry-over under follow-up) the {@link #CARRIED_OVER_LISTED} most urgent, and whether
     * there are more. Overdue first, then by due date (none last), then oldest first.
     */
    MeetingActionList forMeeting(int councilId, int meetingId, LocalDate today);

    /** An agenda item goes: the actions that came from it keep their meeting, not the item. Inside the write. */
    void itemDeleted(int itemId);

    /** A meeting goes: the actions that came from it stay, without their origin. Inside the write. */
    void meetingDeleted(int meetingId);
}
