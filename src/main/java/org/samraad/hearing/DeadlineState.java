package org.samraad.hearing;

/** How a hearing stands against its deadline, in words a register can show without colour. */
public enum DeadlineState {
    /** Open, more than {@link HearingDeadline#DUE_SOON_DAYS} days left. */
    OPEN,
    /** Open, the deadline within {@link HearingDeadline#DUE_SOON_DAYS} days (today included). */
    DUE_SOON,
    /** Open, the deadline has passed. */
    OVERDUE,
    ANSWERED_ON_TIME,
    ANSWERED_LATE,
    /** Declined: no answer is owed. */
    DECLINED
}
