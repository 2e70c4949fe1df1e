package org.samraad.action;

import java.time.Instant;
import java.time.LocalDate;

/** One action as read in one statement with its organisation's name; the service turns it into an {@link ActionItem}. */
record ActionRow(
        int id,
        int councilId,
        String title,
        String description,
        String ownerUserKey,
        String ownerName,
        Integer ownerMemberId,
        Integer organisationId,
        String organisationName,
        LocalDate dueDate,
        ActionStatus status,
        int percentDone,
        String progressNote,
        Integer meetingId,
        Integer agendaItemId,
        Instant createdAt,
        Instant updatedAt,
        Instant completedAt,
        int version) {

    /** Due before today and still to do: closed actions are never overdue, whatever their date. */
    boolean overdueOn(LocalDate today) {
        return dueDate != null && dueDate.isBefore(today) && !status.isClosed();
    }
}
