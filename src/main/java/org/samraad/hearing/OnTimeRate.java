package org.samraad.hearing;

import java.time.LocalDate;
import java.util.Collection;

/**
 * The key figure "hearings answered on time" for one year: of the hearings whose deadline falls in the year and
 * that were owed an answer by today (submitted, or still open past the deadline), the share submitted on or before
 * the deadline. Declined hearings and open ones whose deadline is still ahead are not counted either way.
 *
 * @param percent null when nothing counts yet (no rate is better than a made-up 100 %)
 */
public record OnTimeRate(int year, int answeredOnTime, int counted, Integer percent) {

    public static OnTimeRate of(int year, Collection<Deadlines> hearings, LocalDate today) {
        int onTime = 0;
        int counted = 0;
        for (Deadlines hearing : hearings) {
            if (hearing.deadline().getYear() != year) {
                continue;
            }
            DeadlineState state = HearingDeadline.state(hearing.status(), hearing.deadline(), hearing.submittedOn(), today);
            switch (state) {
                case ANSWERED_ON_TIME -> {
                    onTime++;
                    counted++;
                }
                case ANSWERED_LATE, OVERDUE -> counted++;
                default -> { }
            }
        }
        Integer percent = counted == 0 ? null : (int) Math.round(100.0 * onTime / counted);
        return new OnTimeRate(year, onTime, counted, percent);
    }

    /** What the rate needs of one hearing. */
    public record Deadlines(HearingStatus status, LocalDate deadline, LocalDate submittedOn) {}
}
