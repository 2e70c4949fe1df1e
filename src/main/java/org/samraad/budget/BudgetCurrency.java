package org.samraad.budget;

/**
 * The currencies councils keep their budgets in. Amounts are whole minor units (øre, öre, cent) so that sums are
 * exact; a new budget takes the council's language's currency.
 */
public enum BudgetCurrency {
    DKK, SEK, EUR;

    static BudgetCurrency forLocale(String councilLocale) {
        if (councilLocale == null) {
            return DKK;
        }
        return councilLocale.startsWith("sv") ? SEK : councilLocale.startsWith("da") ? DKK : EUR;
    }
}
