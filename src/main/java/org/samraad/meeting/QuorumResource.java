package org.samraad.meeting;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** /rest/samraad/1.0/meetings/{id}/quorum: whether the meeting can decide, for whoever can view it. */
@Path("/meetings/{id}/quorum")
@Produces(MediaType.APPLICATION_JSON)
public class QuorumResource {
    private final AttendanceService attendance;
    private final AttendanceSection section;

    @Inject
    public QuorumResource(AttendanceService attendance, AttendanceSection section) {
        this.attendance = attendance;
        this.section = section;
    }

    @GET
    @AnonymousSiteAccess
    public Quorum get(@PathParam("id") int meetingId) {
        return attendance.quorum(meetingId);
    }

    /**
     * The quorum the attendance being entered would give, with its sentence, saving nothing: the body is what
     * {@code PUT /meetings/{id}/attendance} takes (only the members' statuses count). Space editors (403).
     */
    @POST
    @Path("/preview")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public QuorumPreview preview(@PathParam("id") int meetingId, AttendanceInput input) {
        return section.preview(meetingId, input);
    }
}
