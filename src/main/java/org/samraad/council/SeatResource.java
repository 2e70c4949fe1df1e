package org.samraad.council;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** /rest/samraad/1.0/seats/{id}: change or remove one group of seats (space editors, checked in the service). */
@Path("/seats")
@Produces(MediaType.APPLICATION_JSON)
public class SeatResource {
    private final SeatService seats;

    @Inject
    public SeatResource(SeatService seats) {
        this.seats = seats;
    }

    @PUT
    @Path("/{id}")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Seat update(@PathParam("id") int id, SeatInput input) {
        return seats.update(id, input);
    }

    @DELETE
    @Path("/{id}")
    @LicensedOnly
    public Response delete(@PathParam("id") int id) {
        seats.delete(id);
        return Response.noContent().build();
    }
}
