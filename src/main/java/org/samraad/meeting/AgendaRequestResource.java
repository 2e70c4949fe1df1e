package org.samraad.meeting;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** /rest/samraad/1.0/agenda-requests/{id}: accept or decline (the council's secretariat, not one's own), or withdraw (the requester). */
@Path("/agenda-requests")
@Produces(MediaType.APPLICATION_JSON)
public class AgendaRequestResource {
    private final AgendaRequestService requests;

    @Inject
    public AgendaRequestResource(AgendaRequestService requests) {
        this.requests = requests;
    }

    @PUT
    @Path("/{id}")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public AgendaRequest answer(@PathParam("id") int id, AgendaRequestChange change) {
        return requests.answer(id, change);
    }
}
