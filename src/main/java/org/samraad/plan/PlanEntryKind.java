package org.samraad.plan;

/** What an own entry on the annual plan is; shown in words on the plan, never by colour alone. */
public enum PlanEntryKind {
    THEME_DAY, CONFERENCE, CAMPAIGN, REPORT, BUDGET, EVENT, OTHER
}
