package org.samraad.meeting;

import java.util.List;

/** One window of a council's meetings and how many match in all. */
public record MeetingPage(List<Meeting> items, int total) {
    public MeetingPage {
        items = List.copyOf(items);
    }
}
