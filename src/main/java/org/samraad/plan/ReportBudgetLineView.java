package org.samraad.plan;

/** One category of the report's budget table, the amounts already formatted for the reader's language. */
public record ReportBudgetLineView(String category, String planned, String spent, String left) {}
