package org.samraad.meeting;

/**
 * One request in the requests table, as text the template only prints.
 *
 * @param submittedAt ISO date-time for {@code <time datetime>}; {@code submittedText} is the same in the council's zone
 * @param statusText the status in words
 * @param lateText "Late" in the reader's language for a late request, else null (never colour alone)
 * @param decidable the reader may accept or decline it here (the secretariat in the live page, request still
 *     submitted, and not the reader's own)
 * @param withdrawable the reader asked and may withdraw it here
 * @param lozenge the AUI lozenge for the status (its words are {@code statusText}): submitted is current,
 *     accepted success, declined error, withdrawn the plain one
 */
public record AgendaRequestLineView(
        int id,
        int version,
        String title,
        String description,
        String requester,
        boolean requesterHidden,
        String submittedAt,
        String submittedText,
        String statusText,
        String lateText,
        String answer,
        boolean decidable,
        boolean withdrawable,
        String lozenge) {

    static String lozenge(AgendaRequestStatus status) {
        return switch (status) {
            case SUBMITTED -> "aui-lozenge aui-lozenge-current";
            case ACCEPTED -> "aui-lozenge aui-lozenge-success";
            case DECLINED -> "aui-lozenge aui-lozenge-error";
            case WITHDRAWN -> "aui-lozenge";
        };
    }

    public boolean changeable() {
        return decidable || withdrawable;
    }

    /**
     * The element id of this request in the list of requests whose id is {@code sectionId}. Not an interpolated
     * string literal in the template: Velocity parses one again each time it is evaluated, once per request.
     */
    public String domId(String sectionId) {
        return sectionId + "-request-" + id;
    }
}
