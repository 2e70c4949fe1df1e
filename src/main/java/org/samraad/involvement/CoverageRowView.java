package org.samraad.involvement;

import java.util.List;

/** One dimension's row of the coverage matrix, a cell per target group. */
public record CoverageRowView(String dimension, List<CoverageCellView> cells) {
    /** Velocity's {@code #if} asks for a view's text; a record's own formats every component (ViewRecordsTest). */
    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
