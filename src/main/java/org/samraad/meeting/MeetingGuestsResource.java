package org.samraad.meeting;

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
 * /rest/samraad/1.0/meetings/{id}/guests: a meeting's invited guests, read by whoever can view the meeting (names
 * of consenting guests only, unless the caller prepares it); added by space editors, checked in the service.
 */
@Path("/meetings/{id}/guests")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingGuestsResource {
    private final GuestService guests;

    @Inject
    public MeetingGuestsResource(GuestService guests) {
        this.guests = guests;
    }

    @GET
    @AnonymousSiteAccess
    public ListResponse<Guest> list(@PathParam("id") int meetingId) {
        return ListResponse.all(guests.list(meetingId));
    }

    @POST
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("id") int meetingId, GuestInput input) {
        return Response.status(Response.Status.CREATED).entity(guests.add(meetingId, input)).build();
    }
}
