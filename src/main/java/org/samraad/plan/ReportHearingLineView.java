package org.samraad.plan;

/**
 * One hearing of the report's hearing table, as the template prints it: dates as ISO days (for {@code <time>}) and
 * written out, the timeliness in words.
 *
 * @param href the response page, or null without one
 * @param receivedOn ISO day, or null when not recorded
 * @param submittedOn ISO day, or null while not answered
 * @param issuingBody who asked the council, or null when not recorded
 * @param receivedText the days again, written out in the reader's language (null with the ISO day)
 */
public record ReportHearingLineView(String title, String href, String receivedOn, String deadline, String submittedOn,
        String stateText, String issuingBody, String receivedText, String deadlineText, String submittedText) {}
