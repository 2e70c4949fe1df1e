package org.samraad.plan;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * /rest/samraad/1.0/plan-entries/{id}: one own entry of an annual plan. Reading follows the council's space view
 * permission; changing and deleting need edit permission, checked in the service, and the version read (409 if stale).
 */
@Path("/plan-entries")
@Produces(MediaType.APPLICATION_JSON)
public class PlanEntryResource {
    private final PlanEntryService entries;

    @Inject
    public PlanEntryResource(PlanEntryService entries) {
        this.entries = entries;
    }

    @GET
    @Path("/{id}")
    @AnonymousSiteAccess
    public PlanEntry get(@PathParam("id") int id) {
        return entries.get(id);
    }

    @PUT
    @Path("/{id}")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanEntry update(@PathParam("id") int id, PlanEntryInput input) {
        return entries.update(id, input);
    }

    @DELETE
    @Path("/{id}")
    @LicensedOnly
    public Response delete(@PathParam("id") int id, @QueryParam("version") Integer version) {
        entries.delete(id, version);
        return Response.noContent().build();
    }
}
