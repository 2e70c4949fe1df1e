package org.samraad.report;

/** One organisation's line of the actions table. */
public record ReportOrganisationLineView(String organisation, int created, int completed, int overdue) {}
