package org.samraad.plan;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * /rest/samraad/1.0/councils/{id}/calendar-feeds: the caller's secret address of the council's calendar, made (a new
 * one each time, replacing the previous) or revoked.
 */
@Path("/councils/{id}/calendar-feeds")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarFeedResource {
    private final CalendarFeedService feeds;

    @Inject
    public CalendarFeedResource(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @POST
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(@PathParam("id") int councilId) {
        return Response.status(Response.Status.CREATED).entity(feeds.issue(councilId)).build();
    }

    @DELETE
    @LicensedOnly
    public Response revoke(@PathParam("id") int councilId) {
        feeds.revoke(councilId);
        return Response.noContent().build();
    }
}
