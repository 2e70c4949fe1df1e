package org.samraad.budget;

import java.util.List;

/**
 * A year's budget as the secretariat saves it (PUT: every line and rate is replaced; a category left out is zero).
 * Amounts are whole minor units (øre, öre, cent).
 *
 * @param currency DKK, SEK or EUR; blank keeps the budget's (a new one takes the council's language's)
 * @param rates the per-diem rates; null for none
 * @param version the version read (0 for a year not saved yet)
 */
public record BudgetInput(String currency, List<BudgetLineInput> lines, BudgetRatesInput rates, Integer version) {

    /** One category's planned and spent amounts. */
    public record BudgetLineInput(String category, Long planned, Long spent) {}

    /** @param transport NONE, FIXED or PER_KM */
    public record BudgetRatesInput(Long perMeeting, String transport, Long transportAmount) {}
}
