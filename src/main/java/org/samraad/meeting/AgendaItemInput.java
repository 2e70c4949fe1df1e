package org.samraad.meeting;

import java.util.List;

/**
 * What a client sends to add or change an agenda item. On update every field is replaced (PUT), the attachment list
 * included; the position is changed only through the agenda order. Kinds arrive as text so that a wrong value is a
 * field error in the caller's language.
 *
 * @param kind INFORMATION, DISCUSSION, DECISION, HEARING or STANDING (the last only with a standing kind)
 * @param presenterUserKey a Confluence user; or {@code presenterName} for someone without an account (not both)
 * @param durationMinutes 0–600; null means 0
 * @param version required on update: the version the client read
 * @param dissenterIds the council members who dissented, picked from the member list; null keeps the stored ones
 */
public record AgendaItemInput(
        String title,
        String kind,
        String standingKind,
        String presenterUserKey,
        String presenterName,
        Integer durationMinutes,
        Boolean closed,
        String casePresentation,
        String recommendation,
        String decision,
        String dissent,
        String easyRead,
        Integer hearingId,
        List<AgendaAttachmentInput> attachments,
        Integer version,
        List<Integer> dissenterIds) {}
