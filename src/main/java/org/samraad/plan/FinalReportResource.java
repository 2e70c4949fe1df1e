package org.samraad.plan;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * /rest/samraad/1.0/councils/{id}/report/final?year=: the council's secretariat makes the year's annual report final
 * (a body {@code {"pageId": …}} names the page to write it into); the reply is the final report.
 */
@Path("/councils/{id}/report/final")
@Produces(MediaType.APPLICATION_JSON)
public class FinalReportResource {
    private final FinalReportService finals;

    @Inject
    public FinalReportResource(FinalReportService finals) {
        this.finals = finals;
    }

    @POST
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public AnnualReport makeFinal(@PathParam("id") int councilId, @QueryParam("year") String year,
            FinalReportInput input) {
        return finals.makeFinal(councilId, year, input == null ? null : input.pageId());
    }
}
