package org.samraad.hearing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.samraad.council.CouncilZone;

/**
 * Deadline arithmetic. A deadline is a calendar day in the council's zone: an answer submitted on that day is on
 * time, and "today" is the council's today ({@link org.samraad.council.CouncilZone#today}), not the server's.
 * Counting whole calendar days keeps a daylight-saving change from stealing or adding a day.
 */
public final class HearingDeadline {
    public static final int DUE_SOON_DAYS = 7;

    private HearingDeadline() {}

    /** Days until the deadline: 0 on the day itself, negative once it has passed. */
    public static long daysLeft(LocalDate deadline, LocalDate today) {
        return ChronoUnit.DAYS.between(today, deadline);
    }

    public static DeadlineState state(HearingStatus status, LocalDate deadline, LocalDate submittedOn, LocalDate today) {
        if (status == HearingStatus.DECLINED) {
            return DeadlineState.DECLINED;
        }
        if (status == HearingStatus.SUBMITTED) {
            return submittedOn != null && !submittedOn.isAfter(deadline)
                    ? DeadlineState.ANSWERED_ON_TIME : DeadlineState.ANSWERED_LATE;
        }
        long left = daysLeft(deadline, today);
        if (left < 0) {
            return DeadlineState.OVERDUE;
        }
        return left <= DUE_SOON_DAYS ? DeadlineState.DUE_SOON : DeadlineState.OPEN;
    }
}
