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
    private final AttendanceSection section;

    @Inject
    public AttendanceResource(AttendanceService attendance, AttendanceSection section) {
        this.attendance = attendance;
        this.section = section;
    }

    /**
     * The attendance as the live page shows it, as HTML to put in the macro's place after a save or a step of the
     * meeting (the form included for editors); 404 for a meeting the caller cannot view.
     */
    @GET
    @Path("/view")
    @AnonymousSiteAccess
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String view(@PathParam("id") int meetingId) {
        return section.html(meetingId);
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
