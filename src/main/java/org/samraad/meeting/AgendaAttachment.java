package org.samraad.meeting;

/**
 * One attachment (bilag) as it leaves the service. Numbers run across the whole agenda in item order (Bilag 1, 2,
 * 3 …) and are the same for every reader, so the minutes can refer to them; the public view numbers only what it
 * shows.
 *
 * @param restricted a closed attachment shown to a reader who may not open it: only its number and "closed"
 * @param attachmentId the Confluence attachment, or null for a link
 * @param url an http or https link (never fetched by the plugin), or null for a Confluence attachment
 * @param documentNumber the document's number in the municipality's case system ("64637/19"); null when restricted
 */
public record AgendaAttachment(
        int id, int number, String title, Long attachmentId, String url, boolean closed, boolean restricted,
        String documentNumber) {

    static AgendaAttachment restricted(int id, int number) {
        return new AgendaAttachment(id, number, null, null, null, true, true, null);
    }
}
