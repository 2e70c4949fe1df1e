package org.samraad.plan;

/**
 * One theme day, conference or event of the report's event list, as the template prints it, in the reader's words.
 *
 * @param place null when none was given
 * @param visitors the count, "not counted", or "planned" for one still to come
 */
public record ReportEventLineView(String title, String kind, String startIso, String when, String place,
        String visitors) {}
