package org.samraad.meeting;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** /rest/samraad/1.0/meetings/{id}/quorum: whether the meeting can decide, for whoever can view it. */
@Path("/meetings/{id}/quorum")
@Produces(MediaType.APPLICATION_JSON)
public class QuorumResource {
    private final AttendanceService attendance;

    @Inject
    public QuorumResource(AttendanceService attendance) {
        this.attendance = attendance;
    }

    @GET
    @AnonymousSiteAccess
    public Quorum get(@PathParam("id") int meetingId) {
        return attendance.quorum(meetingId);
    }
}
