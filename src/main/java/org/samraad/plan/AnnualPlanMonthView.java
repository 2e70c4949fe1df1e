package org.samraad.plan;

import java.util.List;

/** One month of the plan: its name, whether it is the current month, and its lines in date order. */
public record AnnualPlanMonthView(int number, String domId, String name, boolean current,
        List<AnnualPlanLineView> lines, int count) {

    /** Lines including the today marker. */
    public boolean hasLines() {
        return !lines.isEmpty();
    }

    /** Velocity's {@code #if} asks for a view's text; a record's own formats every component (ViewRecordsTest). */
    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
