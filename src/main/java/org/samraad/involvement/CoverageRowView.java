package org.samraad.involvement;

import java.util.List;

/** One dimension's row of the coverage matrix, a cell per target group. */
public record CoverageRowView(String dimension, List<CoverageCellView> cells) {}
