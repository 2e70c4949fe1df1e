package org.samraad.meeting;

/**
 * One attachment line as the template prints it.
 *
 * @param label "Attachment 3" / "Bilag 3" / "Bilaga 3"
 * @param href the link (http or https only, checked when stored), or null for a Confluence attachment or a closed
 *     attachment the reader may not open
 * @param accessText "open" or "closed" in words: every attachment says which it is, as in a municipal agenda
 * @param documentNumber the document's number in the municipality's case system ("64637/19"), or null
 */
public record AgendaAttachmentView(int number, String label, String title, String href, String accessText,
        boolean closed, boolean restricted, String documentNumber) {}
