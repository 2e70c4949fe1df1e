package org.samraad.plan;

import java.time.LocalDate;
import java.util.List;
import org.samraad.meeting.MeetingKind;
import org.samraad.platform.rest.Iso8601;

/**
 * One meeting of the report's year whose minutes are approved, with its decisions as the approved minutes have
 * them (the newest snapshot). Closed items are never listed, only counted: the report is public.
 *
 * @param title the meeting's title, or null when it has none (the view names it by its kind)
 * @param pageId the meeting's page, or null without one
 * @param closedItems closed items with a decision, not shown
 */
public record ReportMeetingDecisions(
        int meetingId,
        String title,
        MeetingKind kind,
        @Iso8601 LocalDate date,
        Long pageId,
        List<Decision> decisions,
        int closedItems) {

    public ReportMeetingDecisions {
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }

    /** An item of the approved minutes with its decision: its number in the minutes, title and decision. */
    public record Decision(int number, String title, String decision) {}
}
