package org.samraad.plan;

/** One organisation's line of the actions table. */
public record ReportOrganisationLineView(String organisation, int created, int completed, int overdue) {}
