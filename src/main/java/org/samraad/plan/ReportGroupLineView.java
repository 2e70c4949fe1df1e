package org.samraad.plan;

/** One seat group's line of the attendance table. */
public record ReportGroupLineView(String group, int expected, int attended, int bySubstitute, String rate) {}
