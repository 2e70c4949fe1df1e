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
 * /rest/samraad/1.0/meetings/{id}/agenda-requests: read by whoever can view the meeting; a request is made by a
 * serving council member or a space editor (403 for other readers), checked in the service.
 */
@Path("/meetings/{id}/agenda-requests")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingAgendaRequestsResource {
    private final AgendaRequestService requests;
    private final AgendaRequestsSection section;

    @Inject
    public MeetingAgendaRequestsResource(AgendaRequestService requests, AgendaRequestsSection section) {
        this.requests = requests;
        this.section = section;
    }

    /** The requests macro's section as the live page shows it, for the script to put in the macro's place. */
    @GET
    @Path("/view")
    @AnonymousSiteAccess
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String view(@PathParam("id") int meetingId) {
        return section.html(meetingId);
    }

    @GET
    @AnonymousSiteAccess
    public ListResponse<AgendaRequest> list(@PathParam("id") int meetingId) {
        return ListResponse.all(requests.list(meetingId));
    }

    @POST
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@PathParam("id") int meetingId, AgendaRequestInput input) {
        return Response.status(Response.Status.CREATED).entity(requests.submit(meetingId, input)).build();
    }
}
