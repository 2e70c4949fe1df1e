package org.samraad.meeting;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** /rest/samraad/1.0/agenda-items/{id}: change (with the version read) or remove one agenda item; space EDIT. */
@Path("/agenda-items")
@Produces(MediaType.APPLICATION_JSON)
public class AgendaItemResource {
    private final AgendaService agenda;

    @Inject
    public AgendaItemResource(AgendaService agenda) {
        this.agenda = agenda;
    }

    @PUT
    @Path("/{id}")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public AgendaItem update(@PathParam("id") int id, AgendaItemInput input) {
        return agenda.update(id, input);
    }

    @DELETE
    @Path("/{id}")
    @LicensedOnly
    public Response delete(@PathParam("id") int id) {
        agenda.delete(id);
        return Response.noContent().build();
    }
}
