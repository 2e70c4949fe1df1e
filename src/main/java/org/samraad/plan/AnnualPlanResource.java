package org.samraad.plan;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** /rest/samraad/1.0/councils/{id}/plan?year=: the annual plan, for whoever can view the council's space. */
@Path("/councils/{id}/plan")
@Produces(MediaType.APPLICATION_JSON)
public class AnnualPlanResource {
    private final AnnualPlanService plans;

    @Inject
    public AnnualPlanResource(AnnualPlanService plans) {
        this.plans = plans;
    }

    @GET
    @AnonymousSiteAccess
    public AnnualPlan plan(@PathParam("id") int councilId, @QueryParam("year") String year) {
        return plans.plan(councilId, year);
    }
}
