package org.samraad.plan;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** /rest/samraad/1.0/councils/{id}/plan-entries: adds an own entry to the annual plan (space editors). */
@Path("/councils/{id}/plan-entries")
@Produces(MediaType.APPLICATION_JSON)
public class PlanEntryCouncilResource {
    private final PlanEntryService entries;

    @Inject
    public PlanEntryCouncilResource(PlanEntryService entries) {
        this.entries = entries;
    }

    @POST
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("id") int councilId, PlanEntryInput input) {
        return Response.status(Response.Status.CREATED).entity(entries.create(councilId, input)).build();
    }
}
