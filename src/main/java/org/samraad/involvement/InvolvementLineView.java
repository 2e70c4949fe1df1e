package org.samraad.involvement;

/**
 * One actor in the status view; every text already in the reader's language, null where there is nothing.
 *
 * @param version the actor's version, which its "Delete" sends (409 when someone changed it since the render)
 * @param changeLabel the accessible name of its "Change" button, naming the actor
 */
public record InvolvementLineView(
        int id,
        String title,
        String formsText,
        String dateText,
        String staff,
        String contact,
        String groupsText,
        String dimensionsText,
        int version,
        String changeLabel,
        String deleteLabel) {}
