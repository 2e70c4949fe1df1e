package org.samraad.plan;

import java.time.LocalDate;
import java.util.List;
import org.samraad.platform.rest.Iso8601;

/**
 * What a series would plan, before it is saved: each day of the pattern in the reader's language, and for a day
 * on which the council already has a meeting (not cancelled) that meeting's title: saving skips that day, so the
 * preview and the save follow one rule ({@link MeetingSeriesService#days}).
 *
 * @param summary how many meetings would be planned and how many days skipped, in words
 */
public record MeetingSeriesPreview(List<Day> days, int planned, int skipped, String summary) {

    /**
     * @param clash the title of the meeting the day already has; null when the series plans a meeting that day
     * @param text the line as the preview shows it: the day, and for a clash what it clashes with
     */
    public record Day(@Iso8601 LocalDate date, String dateText, String clash, String text) {}
}
