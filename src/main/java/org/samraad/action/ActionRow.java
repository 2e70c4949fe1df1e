package org.samraad.action;

import java.time.Instant;
import java.time.LocalDate;
import org.samraad.council.PersonStanding;

/**
 * One action as read in one statement with its organisation's name, its owner's standing in the council and whether
 * the caller serves on the council as an insider; the service turns it into an {@link ActionItem}.
 */
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
        int version,
        PersonStanding ownerStanding,
        boolean callerServingInsider) {

    /** Due before today and still to do: closed actions are never overdue, whatever their date. */
    boolean overdueOn(LocalDate today) {
        return dueDate != null && dueDate.isBefore(today) && !status.isClosed();
    }
}
