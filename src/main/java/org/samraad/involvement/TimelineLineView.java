package org.samraad.involvement;

/**
 * One involvement on the way to the deadline.
 *
 * @param date the ISO day for a {@code <time>} element, or null when not yet planned
 * @param dateText the day, or "Not yet planned"
 * @param note "After the deadline" or null
 */
public record TimelineLineView(String date, String dateText, String title, String formsText, String statusText,
        String note) {}
