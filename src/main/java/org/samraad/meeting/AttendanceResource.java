package org.samraad.meeting;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * /rest/samraad/1.0/meetings/{id}/attendance: read by whoever can view the meeting (names as the caller may see
 * them), recorded as a whole by users who can edit the council's space, checked in the service.
 */
@Path("/meetings/{id}/attendance")
@Produces(MediaType.APPLICATION_JSON)
public class AttendanceResource {
    private final AttendanceService attendance;

    @Inject
    public AttendanceResource(AttendanceService attendance) {
        this.attendance = attendance;
    }

    @GET
    @AnonymousSiteAccess
    public Attendance get(@PathParam("id") int meetingId) {
        return attendance.get(meetingId);
    }

    @PUT
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Attendance record(@PathParam("id") int meetingId, AttendanceInput input) {
        return attendance.record(meetingId, input);
    }
}
