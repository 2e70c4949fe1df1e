package org.samraad.council;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samraad.platform.rest.ListResponse;

/**
 * /rest/samraad/1.0/councils/{id}/seats: the seats of one council. Its own root path (more specific than
 * /councils) so JAX-RS picks it before the council resource; changes to one seat are under /seats/{id}.
 */
@Path("/councils/{id}/seats")
@Produces(MediaType.APPLICATION_JSON)
public class CouncilSeatsResource {
    private final SeatService seats;

    @Inject
    public CouncilSeatsResource(SeatService seats) {
        this.seats = seats;
    }

    @GET
    @AnonymousSiteAccess
    public ListResponse<Seat> list(@PathParam("id") int councilId) {
        return ListResponse.all(seats.list(councilId));
    }

    @POST
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("id") int councilId, SeatInput input) {
        return Response.status(Response.Status.CREATED).entity(seats.create(councilId, input)).build();
    }
}
