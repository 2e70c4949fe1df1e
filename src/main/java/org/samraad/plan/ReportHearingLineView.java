package org.samraad.plan;

/**
 * One hearing of the report's hearing table, as the template prints it: dates as ISO days, the timeliness in words.
 *
 * @param href the response page, or null without one
 * @param receivedOn ISO day, or null when not recorded
 * @param submittedOn ISO day, or null while not answered
 */
public record ReportHearingLineView(String title, String href, String receivedOn, String deadline, String submittedOn,
        String stateText) {}
