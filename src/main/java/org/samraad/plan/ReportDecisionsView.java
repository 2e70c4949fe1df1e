package org.samraad.plan;

import java.util.List;

/**
 * One approved meeting of the report, as the template prints it: the meeting named and dated in the reader's
 * language, a link to its page, its decisions and how many closed items are not shown.
 *
 * @param heading the meeting's title, or its kind when it has none
 * @param dateText the meeting's day written out
 * @param href the meeting's page, or null without one
 * @param closedText "Closed items not shown: 2", or null when there are none
 */
public record ReportDecisionsView(String heading, String dateIso, String dateText, String href, List<ReportDecisionLineView> decisions,
        String closedText) {

    public ReportDecisionsView {
        decisions = List.copyOf(decisions);
    }

    public boolean hasDecisions() {
        return !decisions.isEmpty();
    }

    /** Velocity's {@code #if} asks for a view's text; a record's own formats every component (ViewRecordsTest). */
    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
