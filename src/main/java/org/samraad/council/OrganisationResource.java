package org.samraad.council;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
 * /rest/samraad/1.0/organisations: the organisations directory. Reads are open to anyone who can view the
 * organisation's space (anonymous readers of public spaces included); changes need a logged-in user who can
 * edit that space, checked in the service.
 */
@Path("/organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {
    private final OrganisationService organisations;
    private final OrganisationsSection section;

    @Inject
    public OrganisationResource(OrganisationService organisations, OrganisationsSection section) {
        this.organisations = organisations;
        this.section = section;
    }

    /** The overview of offers as the macro shows it in the live page, to put in the macro's place after a change. */
    @GET
    @Path("/view")
    @AnonymousSiteAccess
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String view(@QueryParam("spaceKey") String spaceKey, @QueryParam("kind") String kind) {
        return section.html(spaceKey, kind);
    }

    /** limit and offset arrive as text so "abc" is a 400 naming the parameter, not JAX-RS's 404. */
    @GET
    @AnonymousSiteAccess
    public ListResponse<Organisation> list(
            @QueryParam("spaceKey") String spaceKey,
            @QueryParam("kind") String kind,
            @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        OrganisationQuery query = OrganisationQuery.parse(spaceKey, kind, limit, offset);
        OrganisationPage page = organisations.list(query);
        return new ListResponse<>(page.items(), page.total(), query.limit(), query.offset());
    }

    @GET
    @Path("/{id}")
    @AnonymousSiteAccess
    public Organisation get(@PathParam("id") int id) {
        return organisations.get(id);
    }

    @POST
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(OrganisationInput input) {
        return Response.status(Response.Status.CREATED).entity(organisations.create(input)).build();
    }

    @PUT
    @Path("/{id}")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Organisation update(@PathParam("id") int id, OrganisationInput input) {
        return organisations.update(id, input);
    }

    @DELETE
    @Path("/{id}")
    @LicensedOnly
    public Response delete(@PathParam("id") int id) {
        organisations.delete(id);
        return Response.noContent().build();
    }
}
