package org.samraad.plan;

/** One entry on the wheel: a dot at its day's angle, described by {@code title} (date, kind in words and title). */
public record AnnualPlanMarkView(String x, String y, String kindClass, String title) {}
