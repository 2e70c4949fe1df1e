package org.samraad.plan;

/**
 * One month of the wheel: an SVG ring segment and where its label sits. The path and coordinates are numbers
 * computed here, never text from a user.
 */
public record AnnualPlanSegmentView(String path, String labelX, String labelY, String name, String title,
        boolean current) {}
