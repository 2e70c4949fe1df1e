package org.samraad.meeting;

/**
 * One attachment line as the template prints it.
 *
 * @param label "Attachment 3" / "Bilag 3" / "Bilaga 3"
 * @param href the link (http or https only, checked when stored), or null for a Confluence attachment or a closed
 *     attachment the reader may not open
 * @param closedText "closed" in words for a closed attachment, else null
 */
public record AgendaAttachmentView(int number, String label, String title, String href, String closedText,
        boolean restricted) {}
