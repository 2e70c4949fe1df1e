package org.samraad.plan;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * /rest/samraad/1.0/councils/{id}/report?year=: a council's annual report. Without a year: last year during the
 * first quarter, else the current year so far (in the council's zone). A bad or future year is a field error.
 */
@Path("/councils/{id}/report")
@Produces(MediaType.APPLICATION_JSON)
public class AnnualReportResource {
    private final AnnualReportService reports;

    @Inject
    public AnnualReportResource(AnnualReportService reports) {
        this.reports = reports;
    }

    @GET
    @AnonymousSiteAccess
    public AnnualReport report(@PathParam("id") int councilId, @QueryParam("year") String year) {
        return reports.report(councilId, year);
    }
}
