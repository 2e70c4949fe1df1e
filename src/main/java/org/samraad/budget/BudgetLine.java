package org.samraad.budget;

/** One category of a year's budget, in whole minor units. */
public record BudgetLine(BudgetCategory category, long planned, long spent) {}
