package org.samraad.meeting;

import java.util.ArrayList;
import java.util.List;

/**
 * The decisions of approved minutes as approved, for the annual report (a feature above meeting that reads the
 * snapshot's JSON in its own statement and hands it here, so it needs none of the snapshot's types): each item's
 * number as the minutes give it, title and decision. A closed item never leaves here with its words: the report is
 * public, so it is only counted.
 */
public final class ApprovedDecisions {
    private ApprovedDecisions() {}

    /** One decision of approved minutes: the item's number in the minutes, its title and what was decided. */
    public record Decision(int number, String title, String decision) {}

    /** @param closedItems closed items with a decision, counted and not shown */
    public record Of(List<Decision> decisions, int closedItems) {
        public Of {
            decisions = List.copyOf(decisions);
        }
    }

    /** The open items with a decision, in the order of the minutes, from a snapshot's content (null: none). */
    public static Of of(String snapshot) {
        if (snapshot == null) {
            return new Of(List.of(), 0);
        }
        List<Decision> decisions = new ArrayList<>();
        int closed = 0;
        int number = 0;
        for (AgendaRow row : FrozenMinutes.parse(snapshot).agenda()) {
            number++; // numbered as AgendaLayout numbers the minutes: every item keeps its place
            if (row.decision() == null || row.decision().isBlank()) {
                continue;
            }
            if (row.closed()) {
                closed++;
            } else {
                decisions.add(new Decision(number, row.title(), row.decision().strip()));
            }
        }
        return new Of(decisions, closed);
    }
}
