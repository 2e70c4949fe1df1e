package org.samraad.hearing;

/**
 * What a client sends to register or change a hearing. Dates arrive as ISO text (2026-03-12) so a wrong value is
 * a field error in the caller's language. On update every field is replaced (PUT); the status changes only through
 * a transition, the council never.
 *
 * @param responsibleUserKey a Confluence user responsible for the answer, or
 * @param responsibleName a person without an account (not both)
 * @param outcome the follow-up: what the city did with the council's answer
 * @param reviewDate when the council looks at the follow-up again
 * @param version required on update: the version the client read
 * @param caseNumber the municipality's own case number (Sagsnr., Ärendenr.), as its case system writes it; the
 *     issuer's is {@code reference}
 */
public record HearingInput(
        String title,
        String issuingBody,
        String reference,
        String url,
        String summary,
        String receivedOn,
        String deadline,
        String responsibleUserKey,
        String responsibleName,
        Long pageId,
        String response,
        String dissent,
        String easyRead,
        String outcome,
        String reviewDate,
        Integer version,
        String caseNumber) {

    /** An input without a case number. */
    public HearingInput(String title, String issuingBody, String reference, String url, String summary,
            String receivedOn, String deadline, String responsibleUserKey, String responsibleName, Long pageId,
            String response, String dissent, String easyRead, String outcome, String reviewDate, Integer version) {
        this(title, issuingBody, reference, url, summary, receivedOn, deadline, responsibleUserKey, responsibleName,
                pageId, response, dissent, easyRead, outcome, reviewDate, version, null);
    }
}
