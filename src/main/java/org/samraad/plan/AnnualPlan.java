package org.samraad.plan;

import java.util.List;

/** A council's year: its meetings, hearing deadlines and own entries in date order, times in {@code zone}. */
public record AnnualPlan(int councilId, int year, String zone, List<AnnualPlanItem> items) {}
