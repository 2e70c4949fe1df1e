package org.samraad.hearing;

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
import java.util.List;

/**
 * /rest/samraad/1.0/councils/{id}/hearings: a council's hearing register (open ones first by deadline) with the
 * year's on-time rate, and registering a hearing (space editors).
 */
@Path("/councils/{id}/hearings")
@Produces(MediaType.APPLICATION_JSON)
public class CouncilHearingsResource {
    private final HearingReads hearings;
    private final HearingWorkflow workflow;

    @Inject
    public CouncilHearingsResource(HearingReads hearings, HearingWorkflow workflow) {
        this.hearings = hearings;
        this.workflow = workflow;
    }

    @GET
    @AnonymousSiteAccess
    public HearingList list(
            @PathParam("id") int councilId,
            @QueryParam("status") String status,
            @QueryParam("year") String year,
            @QueryParam("open") String open,
            @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        HearingFilter filter = HearingFilter.parse(status, year, open, limit, offset);
        HearingRegister register = hearings.register(councilId, filter);
        return new HearingList(register.items(), register.total(), filter.limit(), filter.offset(), register.onTimeRate(),
                register.unreached());
    }

    @POST
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("id") int councilId, HearingInput input) {
        return Response.status(Response.Status.CREATED).entity(workflow.create(councilId, input)).build();
    }

    /**
     * The list shape every list of the API has, plus the year's on-time rate and the ids of the listed open hearings
     * whose responsible person cannot be mailed, for space editors and the council's insiders (empty for anyone
     * else), as the register macro flags them.
     */
    public record HearingList(List<Hearing> items, int total, int limit, int offset, OnTimeRate onTimeRate,
            List<Integer> unreached) {}
}
