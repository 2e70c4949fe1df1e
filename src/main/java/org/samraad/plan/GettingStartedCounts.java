package org.samraad.plan;

/**
 * What a council has done of its first day's jobs, counted ({@link GettingStartedQuery}), and the rules that tick
 * each job off: seats exist; at least one member; the year is planned (an entry in the annual plan, or meetings this
 * year, which a series or the plan makes); at least one meeting has its page.
 */
public record GettingStartedCounts(int seats, int members, int planEntries, int yearMeetings, int meetingPages) {

    public boolean seatsDone() {
        return seats > 0;
    }

    public boolean membersDone() {
        return members > 0;
    }

    public boolean yearPlanned() {
        return planEntries > 0 || yearMeetings > 0;
    }

    public boolean firstMeetingDone() {
        return meetingPages > 0;
    }

    public boolean allDone() {
        return seatsDone() && membersDone() && yearPlanned() && firstMeetingDone();
    }
}
