package org.samraad.action;

import java.time.Instant;
import java.time.LocalDate;
import org.samraad.platform.rest.Iso8601;

/**
 * An action item as it leaves the service: immutable, no AO proxy behind it.
 *
 * @param ownerUserKey the owner's user key; null also when the caller may not see who the owner is
 * @param ownerName the owner's name to show: a Confluence user's full name (resolved from {@code ownerUserKey}) or
 *     the stored name of an owner without an account; null when an organisation alone owns the action. Decided by
 *     the member list's rule: "name not published" or "former member" where that rule says so
 * @param ownerNameHidden the owner is a member of the council whose name the caller may not see
 * @param organisationName the owning organisation's name, joined in the same statement as the action
 * @param overdue computed on read: due before today (UTC) and still open or in progress
 * @param fromMeeting the meeting (and agenda item) the action came from, as far as the caller may see it; null
 *     when it came from no meeting or the caller may not see that meeting
 */
public record ActionItem(
        int id,
        int councilId,
        String title,
        String description,
        String ownerUserKey,
        String ownerName,
        boolean ownerNameHidden,
        Integer ownerMemberId,
        Integer organisationId,
        String organisationName,
        @Iso8601 LocalDate dueDate,
        ActionStatus status,
        int percentDone,
        String progressNote,
        Integer meetingId,
        Integer agendaItemId,
        @Iso8601 Instant createdAt,
        @Iso8601 Instant updatedAt,
        @Iso8601 Instant completedAt,
        boolean overdue,
        int version,
        ActionOrigin fromMeeting) {}
