package org.samraad.plan;

import java.util.List;

/**
 * Action items by owning organisation: created in the year, completed in the year, and overdue at the year's end
 * (or today while the year runs): due before then, not cancelled, and not completed by then. Organisations with
 * nothing to count are left out; actions without an organisation come last.
 */
public record ReportActions(List<ReportOrganisationActions> organisations, int created, int completed, int overdue) {

    public ReportActions {
        organisations = List.copyOf(organisations);
    }
}
