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
 * /rest/samraad/1.0/councils/{id}/plan?year=: the annual plan, for whoever can view the council's space; {@code …/view}
 * the same as the plan macro's HTML.
 */
@Path("/councils/{id}/plan")
@Produces(MediaType.APPLICATION_JSON)
public class AnnualPlanResource {
    private final AnnualPlanService plans;
    private final AnnualPlanSection section;

    @Inject
    public AnnualPlanResource(AnnualPlanService plans, AnnualPlanSection section) {
        this.plans = plans;
        this.section = section;
    }

    @GET
    @AnonymousSiteAccess
    public AnnualPlan plan(@PathParam("id") int councilId, @QueryParam("year") String year) {
        return plans.plan(councilId, year);
    }

    /**
     * The plan macro's section for {@code year} as the live page shows it, for the plan's previous/next year links
     * to put in the macro's place (the page's URL keeps the year, {@code ?planYear=}, so the view can be shared).
     */
    @GET
    @Path("/view")
    @AnonymousSiteAccess
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String view(@PathParam("id") int councilId, @QueryParam("year") String year,
            @QueryParam("layout") String layout) {
        return section.html(councilId, year, layout);
    }
}
