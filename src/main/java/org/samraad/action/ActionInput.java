package org.samraad.action;

/**
 * What a client sends to create or change an action. Dates and the status arrive as text so that a wrong value is
 * a field error in the caller's language, not a parse failure. On update every field is replaced (PUT); the
 * council and the origin (meeting, agenda item) are fixed after creation and may be left out.
 *
 * @param dueDate an ISO date (2026-12-01), or null for no due date
 * @param status OPEN (the default on create), IN_PROGRESS, DONE or CANCELLED
 * @param percentDone 0–100 (default 0); DONE always stores 100
 * @param progressNote the action's latest progress note as it stands (PUT replaces it like any field)
 * @param version required on update: the version the client read
 * @param note a progress note on this update: kept in the action's history (who, when, the text) and shown as the
 *     action's latest progress note; null for an update without a note
 */
public record ActionInput(
        Integer councilId,
        String title,
        String description,
        String ownerUserKey,
        String ownerName,
        Integer ownerMemberId,
        Integer organisationId,
        String dueDate,
        String status,
        Integer percentDone,
        String progressNote,
        Integer meetingId,
        Integer agendaItemId,
        Integer version,
        String note) {

    /** An input without a progress note on the update (the API before notes, and most callers in code). */
    public ActionInput(Integer councilId, String title, String description, String ownerUserKey, String ownerName,
            Integer ownerMemberId, Integer organisationId, String dueDate, String status, Integer percentDone,
            String progressNote, Integer meetingId, Integer agendaItemId, Integer version) {
        this(councilId, title, description, ownerUserKey, ownerName, ownerMemberId, organisationId, dueDate, status,
                percentDone, progressNote, meetingId, agendaItemId, version, null);
    }
}
