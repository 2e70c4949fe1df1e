package org.samraad.involvement;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samraad.platform.rest.ListResponse;

/**
 * /rest/samraad/1.0/councils/{id}/involvement: a council's involvement process: its settings, its actors and what
 * they covered. Reading follows the council's space view permission; changing needs edit permission, checked in
 * the services.
 */
@Path("/councils/{id}/involvement")
@Produces(MediaType.APPLICATION_JSON)
public class CouncilInvolvementResource {
    private final InvolvementSettingsService settings;
    private final InvolvementActors actors;
    private final InvolvementReads reads;
    private final InvolvementSection section;

    @Inject
    public CouncilInvolvementResource(InvolvementSettingsService settings, InvolvementActors actors,
            InvolvementReads reads, InvolvementSection section) {
        this.settings = settings;
        this.actors = actors;
        this.reads = reads;
        this.section = section;
    }

    /** The involvement macro's section as the live page shows it, to put in the macro's place after a save. */
    @GET
    @Path("/view")
    @AnonymousSiteAccess
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String view(@PathParam("id") int councilId, @QueryParam("view") String view) {
        return section.html(councilId, view);
    }

    @GET
    @Path("/settings")
    @AnonymousSiteAccess
    public InvolvementSettings settings(@PathParam("id") int councilId) {
        return settings.get(councilId);
    }

    @PUT
    @Path("/settings")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public InvolvementSettings updateSettings(@PathParam("id") int councilId, InvolvementSettingsInput input) {
        return settings.update(councilId, input);
    }

    @GET
    @Path("/actors")
    @AnonymousSiteAccess
    public ListResponse<InvolvementActor> actors(@PathParam("id") int councilId) {
        return ListResponse.all(actors.list(councilId));
    }

    @POST
    @Path("/actors")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("id") int councilId, InvolvementActorInput input) {
        return Response.status(Response.Status.CREATED).entity(actors.create(councilId, input)).build();
    }

    @GET
    @Path("/coverage")
    @AnonymousSiteAccess
    public Coverage coverage(@PathParam("id") int councilId) {
        return reads.coverage(councilId);
    }
}
