package org.samraad.budget;

/** What a line of a council's budget is for; every budget has one line of each, in this order. */
public enum BudgetCategory {
    PER_DIEMS, CATERING, TRANSPORT, THEME_DAYS, OTHER
}
