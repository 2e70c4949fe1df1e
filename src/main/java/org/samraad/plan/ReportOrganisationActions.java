package org.samraad.plan;

/** One organisation's actions in the year; {@code organisationId} and name null for actions without one. */
public record ReportOrganisationActions(Integer organisationId, String organisationName, int created, int completed,
        int overdue) {}
