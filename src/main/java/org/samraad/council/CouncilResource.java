package org.samraad.council;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samraad.platform.rest.ListResponse;

/**
 * /rest/samraad/1.0/councils. Reads are open to anyone who can view the council's space (anonymous readers of
 * public spaces included); changes need a logged-in space administrator, checked in the service.
 */
@Path("/councils")
@Produces(MediaType.APPLICATION_JSON)
public class CouncilResource {
    private final CouncilService councils;
    private final CouncilOverviewSection overview;

    @Inject
    public CouncilResource(CouncilService councils, CouncilOverviewSection overview) {
        this.councils = councils;
        this.overview = overview;
    }

    /** The council overview macro's section as the live page shows it, to put in its place after a settings save. */
    @GET
    @Path("/{id}/overview/view")
    @AnonymousSiteAccess
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String overviewView(@PathParam("id") int id) {
        return overview.html(id);
    }

    @GET
    @AnonymousSiteAccess
    public ListResponse<Council> list(@QueryParam("spaceKey") String spaceKey) {
        return ListResponse.all(councils.list(spaceKey));
    }

    @GET
    @Path("/{id}")
    @AnonymousSiteAccess
    public Council get(@PathParam("id") int id) {
        return councils.get(id);
    }

    @POST
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CouncilInput input) {
        return Response.status(Response.Status.CREATED).entity(councils.create(input)).build();
    }

    @PUT
    @Path("/{id}")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Council update(@PathParam("id") int id, CouncilInput input) {
        return councils.update(id, input);
    }

    @DELETE
    @Path("/{id}")
    @LicensedOnly
    public Response delete(@PathParam("id") int id) {
        councils.delete(id);
        return Response.noContent().build();
    }
}
