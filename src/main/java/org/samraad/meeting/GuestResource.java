package org.samraad.meeting;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * /rest/samraad/1.0/meeting-guests/{id}: removes an invited guest (space editors, checked in the service).
 */
@Path("/meeting-guests")
@Produces(MediaType.APPLICATION_JSON)
public class GuestResource {
    private final GuestService guests;

    @Inject
    public GuestResource(GuestService guests) {
        this.guests = guests;
    }

    @DELETE
    @Path("/{id}")
    @LicensedOnly
    public Response remove(@PathParam("id") int guestId) {
        guests.remove(guestId);
        return Response.noContent().build();
    }
}
