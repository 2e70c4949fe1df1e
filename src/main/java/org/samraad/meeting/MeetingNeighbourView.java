package org.samraad.meeting;

/**
 * A link to the previous or next meeting in the header.
 *
 * @param href the meeting's page, or null while it has none (the title is then shown without a link)
 */
public record MeetingNeighbourView(String label, String title, String dateIso, String dateText, String href) {}
