package org.samraad.meeting;

/**
 * One attachment as a client sends it: a title and either a Confluence attachment id or an http(s) link.
 *
 * @param closed null means open
 * @param documentNumber the document's number in the municipality's case system ("64637/19"), or null
 */
public record AgendaAttachmentInput(String title, Long attachmentId, String url, Boolean closed,
        String documentNumber) {

    /** An attachment without a document number. */
    public AgendaAttachmentInput(String title, Long attachmentId, String url, Boolean closed) {
        this(title, attachmentId, url, closed, null);
    }
}
