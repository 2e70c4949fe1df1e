package org.samraad.council;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samraad.platform.rest.ListResponse;

/**
 * /rest/samraad/1.0/councils/{id}/members: the members of one council as the caller may see them (contact details
 * and unpublished names only for council members and space administrators), and adding a member (space editors).
 */
@Path("/councils/{id}/members")
@Produces(MediaType.APPLICATION_JSON)
public class CouncilMembersResource {
    private final MemberService members;
    private final MembersSection section;

    @Inject
    public CouncilMembersResource(MemberService members, MembersSection section) {
        this.members = members;
        this.section = section;
    }

    /** The member list macro's section as the live page shows it, to put in the macro's place after a change. */
    @GET
    @Path("/view")
    @AnonymousSiteAccess
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String view(@PathParam("id") int councilId, @QueryParam("groupBy") String groupBy) {
        return section.html(councilId, groupBy);
    }

    @GET
    @AnonymousSiteAccess
    public ListResponse<Member> list(@PathParam("id") int councilId) {
        return ListResponse.all(members.list(councilId));
    }

    /** The people of the space's other councils a new member may be (space editors). */
    @GET
    @Path("/other-people")
    @LicensedOnly
    public ListResponse<MemberService.PersonChoice> otherPeople(@PathParam("id") int councilId) {
        return ListResponse.all(members.otherPeople(councilId));
    }

    @POST
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("id") int councilId, MemberInput input) {
        return Response.status(Response.Status.CREATED).entity(members.create(councilId, input)).build();
    }
}
