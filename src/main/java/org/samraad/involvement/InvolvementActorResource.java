package org.samraad.involvement;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samraad.platform.rest.ListResponse;

/**
 * /rest/samraad/1.0/involvement/actors/{id}: one actor of an involvement process and its history. Reading follows
 * the council's space view permission; changing and removing need edit permission, checked in the service, and the
 * version read (409 if stale).
 */
@Path("/involvement/actors")
@Produces(MediaType.APPLICATION_JSON)
public class InvolvementActorResource {
    private final InvolvementActors actors;
    private final InvolvementHistory history;

    @Inject
    public InvolvementActorResource(InvolvementActors actors, InvolvementHistory history) {
        this.actors = actors;
        this.history = history;
    }

    @GET
    @Path("/{id}")
    @AnonymousSiteAccess
    public InvolvementActor get(@PathParam("id") int id) {
        return actors.get(id);
    }

    @GET
    @Path("/{id}/history")
    @AnonymousSiteAccess
    public ListResponse<InvolvementHistoryEntry> history(@PathParam("id") int id) {
        return ListResponse.all(history.history(id));
    }

    @PUT
    @Path("/{id}")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public InvolvementActor update(@PathParam("id") int id, InvolvementActorInput input) {
        return actors.update(id, input);
    }

    @DELETE
    @Path("/{id}")
    @LicensedOnly
    public Response delete(@PathParam("id") int id, @QueryParam("version") Integer version) {
        actors.delete(id, version);
        return Response.noContent().build();
    }
}
