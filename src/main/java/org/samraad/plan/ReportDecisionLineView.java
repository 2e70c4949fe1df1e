package org.samraad.plan;

/** One decision of the report's decisions by meeting: the item ("3. Budget 2027") and what was decided. */
public record ReportDecisionLineView(String item, String decision) {}
