package org.samraad.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@link AnnualReportQuery} read, section by section, before the report's rules count it.
 *
 * @param finalSequence the sequence of the year's newest final version; null while the report is live
 */
record ReportRows(List<Meeting> meetings, List<MemberMeeting> memberMeetings, List<Items> items,
        List<Hearing> hearings, List<Actions> actions, List<Entry> entries, Integer finalSequence) {

    /**
     * A meeting starting in the year, whatever its status; {@code minutes} the newest snapshot of its approved
     * minutes (JSON) while they are approved or published, else null; {@code agendaSentAt} when its agenda was
     * dispatched (not published), null when nothing went out.
     */
    record Meeting(String status, Instant startsAt, Instant agendaSentAt, LocalDate dispatchDeadline,
            Instant minutesApprovedAt, LocalDate minutesTarget, int id, String title, String kind, Long pageId,
            String minutes) {}

    /** A voting member (chair, vice chair, member) of the council at a held meeting; status null when not recorded. */
    record MemberMeeting(String seatGroup, String status, Instant startsAt, LocalDate termStart, LocalDate termEnd) {}

    /** Agenda items of one kind at the year's held meetings. */
    record Items(String kind, int count, int decisions, int dissents) {}

    /** A hearing whose deadline falls in the year; its response page null without one. */
    record Hearing(String status, LocalDate deadline, LocalDate submittedOn, int id, String title, LocalDate receivedOn,
            Long pageId, String issuingBody) {}

    /** An own plan entry starting in the year; {@code endDate} null for one day, {@code visitors} null if not counted. */
    record Entry(Instant startsAt, LocalDate endDate, Integer visitors, int id, String kind, String title,
            String place) {}

    /** One organisation's actions (organisation null: actions without one). */
    record Actions(Integer organisationId, String organisationName, int created, int completed, int overdue) {}
}
