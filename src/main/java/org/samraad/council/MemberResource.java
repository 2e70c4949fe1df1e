package org.samraad.council;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** /rest/samraad/1.0/members/{id}: one member, as the caller may see them; change or remove (space editors). */
@Path("/members")
@Produces(MediaType.APPLICATION_JSON)
public class MemberResource {
    private final MemberService members;

    @Inject
    public MemberResource(MemberService members) {
        this.members = members;
    }

    @GET
    @Path("/{id}")
    @AnonymousSiteAccess
    public Member get(@PathParam("id") int id) {
        return members.get(id);
    }

    @PUT
    @Path("/{id}")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Member update(@PathParam("id") int id, MemberInput input) {
        return members.update(id, input);
    }

    @DELETE
    @Path("/{id}")
    @LicensedOnly
    public Response delete(@PathParam("id") int id) {
        members.delete(id);
        return Response.noContent().build();
    }
}
