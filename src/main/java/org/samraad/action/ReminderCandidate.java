package org.samraad.action;

import java.time.LocalDate;

/**
 * An open or in-progress action whose reminder for its current due state has not gone out, with what choosing its
 * recipient and writing the digest needs: the council (space, language, reminder days), the owning member's own
 * e-mail address (a member without an account, or whose account has none) and the owning organisation's functional
 * contact.
 *
 * @param ownerEmail the e-mail address of the council member who owns the action, as the member list keeps it
 */
record ReminderCandidate(
        int actionId,
        String title,
        ActionStatus status,
        LocalDate dueDate,
        String ownerUserKey,
        String ownerEmail,
        int councilId,
        String councilName,
        String spaceKey,
        String councilLocale,
        int reminderDays,
        Integer organisationId,
        String organisationName,
        String contactUserKey,
        String contactEmail) {

    /** Which reminder is due today, or null when none is (due later than the council's reminder days). */
    ReminderKind kindOn(LocalDate today) {
        if (dueDate.isBefore(today)) {
            return ReminderKind.OVERDUE;
        }
        return dueDate.isAfter(today.plusDays(reminderDays)) ? null : ReminderKind.DUE_SOON;
    }
}
