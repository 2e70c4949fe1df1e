package org.samraad.plan;

/** How the dates of a meeting series are chosen (see {@link MeetingSeriesInput}). */
public enum MeetingSeriesPattern {
    MONTHLY, WEEKLY
}
