package org.samraad.plan;

/** Where a line of the annual plan comes from: a meeting record, a hearing's deadline, or an own plan entry. */
public enum AnnualPlanSource {
    MEETING, HEARING_DEADLINE, ENTRY
}
