package org.samraad.communication;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

/**
 * /rest/samraad/1.0/meetings/{id}/print-pack: the printable pages for those the meeting's latest agenda or minutes
 * dispatch could not reach by e-mail, for the council's secretariat (checked in the service).
 */
@Path("/meetings/{id}/print-pack")
public class PrintPackResource {
    private final PrintPack pack;

    @Inject
    public PrintPackResource(PrintPack pack) {
        this.pack = pack;
    }

    @GET
    @LicensedOnly
    @Produces("text/html;charset=UTF-8")
    public String get(@PathParam("id") int meetingId) {
        return pack.html(meetingId);
    }
}
