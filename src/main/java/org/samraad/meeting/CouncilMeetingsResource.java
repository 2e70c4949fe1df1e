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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.samraad.platform.rest.ListResponse;

/**
 * /rest/samraad/1.0/councils/{id}/meetings: a council's meetings in date order. Reading is open to anyone who can
 * view the council's space; planning a meeting needs a logged-in user who can edit it, checked in the service.
 */
@Path("/councils/{id}/meetings")
@Produces(MediaType.APPLICATION_JSON)
public class CouncilMeetingsResource {
    private final MeetingService meetings;

    @Inject
    public CouncilMeetingsResource(MeetingService meetings) {
        this.meetings = meetings;
    }

    @GET
    @AnonymousSiteAccess
    public ListResponse<Meeting> list(@PathParam("id") int councilId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("status") List<String> status, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        MeetingFilter filter = MeetingFilter.parse(from, to, status, limit, offset);
        MeetingPage page = meetings.list(councilId, filter);
        return new ListResponse<>(page.items(), page.total(), filter.limit(), filter.offset());
    }

    @POST
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("id") int councilId, MeetingInput input) {
        return Response.status(Response.Status.CREATED).entity(meetings.create(councilId, input)).build();
    }
}
