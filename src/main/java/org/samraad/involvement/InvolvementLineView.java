package org.samraad.involvement;

/** One actor in the status view; every text already in the reader's language, null where there is nothing. */
public record InvolvementLineView(
        int id,
        String title,
        String formsText,
        String dateText,
        String staff,
        String contact,
        String groupsText,
        String dimensionsText) {}
