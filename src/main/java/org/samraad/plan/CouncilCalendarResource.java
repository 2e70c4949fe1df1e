package org.samraad.plan;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/** /rest/samraad/1.0/councils/{id}/calendar.ics: the council's meetings as a calendar, for whoever views its space. */
@Path("/councils/{id}/calendar.ics")
public class CouncilCalendarResource {
    static final String TEXT_CALENDAR = "text/calendar;charset=UTF-8";

    private final CouncilCalendar calendar;

    @Inject
    public CouncilCalendarResource(CouncilCalendar calendar) {
        this.calendar = calendar;
    }

    @GET
    @AnonymousSiteAccess
    @Produces(TEXT_CALENDAR)
    public Response calendar(@PathParam("id") int councilId) {
        return Response.ok(calendar.forCouncil(councilId), TEXT_CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"council-" + councilId + ".ics\"")
                .build();
    }
}
