package org.samraad.communication;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.samraad.platform.rest.ListResponse;

/** /rest/samraad/1.0/meetings/{id}/dispatches: the meeting's dispatch log, for insiders (checked in the service). */
@Path("/meetings/{id}/dispatches")
@Produces(MediaType.APPLICATION_JSON)
public class DispatchLogResource {
    private final DispatchLog log;

    @Inject
    public DispatchLogResource(DispatchLog log) {
        this.log = log;
    }

    @GET
    @LicensedOnly
    public ListResponse<DispatchLogEntry> list(@PathParam("id") int meetingId) {
        return ListResponse.all(log.list(meetingId));
    }
}
