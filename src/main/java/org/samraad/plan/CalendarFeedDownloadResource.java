package org.samraad.plan;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * /rest/samraad/1.0/calendar-feeds/{token}.ics: a secret feed address. Unrestricted on purpose: calendar apps fetch
 * it without logging in (also where anonymous access is off); the token is the credential, and the service checks
 * at each request that its owner still views the council's space.
 */
@Path("/calendar-feeds")
public class CalendarFeedDownloadResource {
    private final CalendarFeedService feeds;

    @Inject
    public CalendarFeedDownloadResource(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GET
    @Path("/{token}.ics")
    @UnrestrictedAccess
    @Produces(CouncilCalendarResource.TEXT_CALENDAR)
    public Response feed(@PathParam("token") String token) {
        return Response.ok(feeds.feed(token), CouncilCalendarResource.TEXT_CALENDAR)
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
