package org.samraad.budget;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * /rest/samraad/1.0/councils/{id}/budget?year=: a council's budget of a year with its per-diem rates, for the
 * council's secretariat only (checked in the service); PUT with the version read (409 if stale).
 */
@Path("/councils/{id}/budget")
@Produces(MediaType.APPLICATION_JSON)
public class BudgetResource {
    private final BudgetService budgets;
    private final BudgetSection section;

    @Inject
    public BudgetResource(BudgetService budgets, BudgetSection section) {
        this.budgets = budgets;
        this.section = section;
    }

    /** The budget macro's section as the live page shows it, to put in the macro's place after a save. */
    @GET
    @Path("/view")
    @LicensedOnly
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String view(@PathParam("id") int councilId, @QueryParam("year") String year) {
        return section.html(councilId, year);
    }

    @GET
    @LicensedOnly
    public Budget get(@PathParam("id") int councilId, @QueryParam("year") String year) {
        return budgets.budget(councilId, year);
    }

    @PUT
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Budget update(@PathParam("id") int councilId, @QueryParam("year") String year, BudgetInput input) {
        return budgets.update(councilId, year, input);
    }
}
