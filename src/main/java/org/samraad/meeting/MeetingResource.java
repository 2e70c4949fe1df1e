package org.samraad.meeting;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * /rest/samraad/1.0/meetings/{id}: one meeting, its lifecycle and its calendar entry. Reads are open to anyone who
 * can view the council's space; changes need a logged-in user who can edit it, checked in the service.
 */
@Path("/meetings")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource {
    static final String TEXT_CALENDAR = "text/calendar";

    private final MeetingService meetings;
    private final MeetingCalendar calendar;
    private final MeetingPageMaker pages;
    private final MeetingSection section;

    @Inject
    public MeetingResource(MeetingService meetings, MeetingCalendar calendar, MeetingPageMaker pages,
            MeetingSection section) {
        this.meetings = meetings;
        this.calendar = calendar;
        this.pages = pages;
        this.section = section;
    }

    @GET
    @Path("/{id}")
    @AnonymousSiteAccess
    public Meeting get(@PathParam("id") int id) {
        return meetings.get(id);
    }

    /**
     * The meeting header as the live page shows it, as HTML to put in the macro's place after a change (the caller's
     * steps and forms included); 404 for a meeting the caller cannot view.
     */
    @GET
    @Path("/{id}/view")
    @AnonymousSiteAccess
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String view(@PathParam("id") int id) {
        return section.html(id);
    }

    @PUT
    @Path("/{id}")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Meeting update(@PathParam("id") int id, MeetingInput input) {
        return meetings.update(id, input);
    }

    @DELETE
    @Path("/{id}")
    @LicensedOnly
    public Response delete(@PathParam("id") int id) {
        meetings.delete(id);
        return Response.noContent().build();
    }

    /**
     * Makes the Confluence page of a meeting planned without one and binds it; a meeting that has its page is
     * returned as it is (idempotent). 200 with the meeting and its {@code pageId}.
     */
    @POST
    @Path("/{id}/page")
    @LicensedOnly
    public Meeting makePage(@PathParam("id") int id) {
        return pages.make(id);
    }

    @POST
    @Path("/{id}/transition")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Meeting transition(@PathParam("id") int id, MeetingTransitionInput input) {
        return meetings.transition(id, input);
    }

    /** The meeting as an iCalendar file for Outlook and phones; its UID stays the same through every change. */
    @GET
    @Path("/{id}/calendar.ics")
    @AnonymousSiteAccess
    @Produces(TEXT_CALENDAR + ";charset=UTF-8")
    public Response calendar(@PathParam("id") int id) {
        return Response.ok(calendar.forMeeting(id), TEXT_CALENDAR + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"meeting-" + id + ".ics\"")
                .build();
    }
}
