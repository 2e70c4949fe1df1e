package org.samraad.hearing;

import java.time.LocalDate;
import java.util.List;

/**
 * An open hearing with a responsible Confluence user and a deadline ahead, with what choosing its reminder and
 * writing the digest need.
 *
 * @param remindedDays the reminder day the last reminder went out for; null when none has
 * @param reminderDays the council's reminder days, largest first
 */
record HearingReminderCandidate(
        int hearingId,
        String title,
        LocalDate deadline,
        HearingStatus status,
        String responsibleUserKey,
        Integer remindedDays,
        Long pageId,
        String councilName,
        String spaceKey,
        String councilLocale,
        List<Integer> reminderDays) {

    /**
     * The reminder day due today, or null: the smallest of the council's days the deadline is within, if no reminder
     * went out for it or a smaller one. A run that missed a day sends one reminder, not one per day passed.
     */
    Integer reminderDayOn(LocalDate today) {
        long daysLeft = HearingDeadline.daysLeft(deadline, today);
        if (daysLeft < 0) {
            return null;
        }
        Integer due = null;
        for (int day : reminderDays) {
            if (daysLeft <= day && (due == null || day < due)) {
                due = day;
            }
        }
        return due == null || remindedDays != null && remindedDays <= due ? null : due;
    }
}
