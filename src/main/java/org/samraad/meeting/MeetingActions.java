package org.samraad.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * What a meeting needs of the actions that come from it and are followed up on it, from the feature that holds
 * them: the agenda lists them, and a deleted meeting or item lets go of them. Implemented by the action feature, so
 * meeting knows none of its types.
 */
public interface MeetingActions {
    /**
     * In one statement: the council's actions still to do (the carry-over under follow-up) and every action that
     * came from this meeting, whatever its status. Overdue first, then by due date (none last), then oldest first.
     */
    List<ActionSummary> forMeeting(int councilId, int meetingId, LocalDate today);

    /** An agenda item goes: the actions that came from it keep their meeting, not the item. Inside the write. */
    void itemDeleted(int itemId);

    /** A meeting goes: the actions that came from it stay, without their origin. Inside the write. */
    void meetingDeleted(int meetingId);
}
