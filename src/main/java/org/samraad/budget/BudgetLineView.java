package org.samraad.budget;

/**
 * One row of the budget table: amounts formatted for the reader's language, and for the form the same amounts in
 * whole currency units with two decimals ("12000.00"), which the script turns back into minor units.
 */
public record BudgetLineView(String category, String categoryText, String planned, String spent, String left,
        String plannedInput, String spentInput) {}
