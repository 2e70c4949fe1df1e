package org.samraad.budget;

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
 * /rest/samraad/1.0/meetings/{id}/per-diems: a meeting's per-diem list from its attendance, for the council's
 * secretariat only (checked in the service); PUT records kilometres and approves or reopens it, with the version read.
 */
@Path("/meetings/{id}/per-diems")
@Produces(MediaType.APPLICATION_JSON)
public class PerDiemResource {
    private final PerDiemService perDiems;
    private final PerDiemsSection section;

    @Inject
    public PerDiemResource(PerDiemService perDiems, PerDiemsSection section) {
        this.perDiems = perDiems;
        this.section = section;
    }

    /** The per-diems macro's section as the live page shows it, to put in the macro's place after a change. */
    @GET
    @Path("/view")
    @LicensedOnly
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String view(@PathParam("id") int meetingId) {
        return section.html(meetingId);
    }

    @GET
    @LicensedOnly
    public PerDiemList get(@PathParam("id") int meetingId) {
        return perDiems.list(meetingId);
    }

    @PUT
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public PerDiemList update(@PathParam("id") int meetingId, PerDiemInput input) {
        return perDiems.update(meetingId, input);
    }
}
