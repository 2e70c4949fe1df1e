package org.samraad.action;

import java.time.LocalDate;

/**
 * An action as a meeting page lists it (under follow-up, or under the agenda item it came from): who owns it, when
 * it is due, where it stands. The owner is a user key (the reader's side resolves the name) or a stored name.
 */
public record ActionSummary(
        int id,
        String title,
        String ownerUserKey,
        String ownerName,
        String organisationName,
        LocalDate dueDate,
        ActionStatus status,
        Integer meetingId,
        Integer agendaItemId,
        boolean overdue) {}
