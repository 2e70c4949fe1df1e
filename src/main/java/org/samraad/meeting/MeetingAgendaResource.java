package org.samraad.meeting;

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
 * /rest/samraad/1.0/meetings/{meetingId}/agenda: a meeting's agenda, in order, numbered and timed. Reading needs the
 * meeting's space VIEW (closed items as the caller may see them); adding and reordering need space EDIT, checked in
 * the service. Its own root path, so it sits beside the meeting resource without sharing a class with it.
 */
@Path("/meetings/{meetingId}/agenda")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingAgendaResource {
    private final AgendaService agenda;
    private final AgendaSection section;

    @Inject
    public MeetingAgendaResource(AgendaService agenda, AgendaSection section) {
        this.agenda = agenda;
        this.section = section;
    }

    /**
     * The agenda macro's section as the live page shows it ({@code view}: agenda, minutes, easy-read, public, auto;
     * {@code back}: the view an easy-read version shown in place goes back to), for the script to put in the macro's
     * place after a change instead of reloading the page.
     */
    @GET
    @Path("/view")
    @AnonymousSiteAccess
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String view(@PathParam("meetingId") int meetingId, @QueryParam("view") String view,
            @QueryParam("back") String back) {
        return section.html(meetingId, view, back);
    }

    /** The easy-read version of the meeting as a page of its own: what every meeting page's agenda links. */
    @GET
    @Path("/easy-read")
    @AnonymousSiteAccess
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String easyRead(@PathParam("meetingId") int meetingId) {
        return section.easyReadPage(meetingId);
    }

    @GET
    @AnonymousSiteAccess
    public ListResponse<AgendaItem> list(@PathParam("meetingId") int meetingId) {
        return ListResponse.all(agenda.list(meetingId));
    }

    @POST
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("meetingId") int meetingId, AgendaItemInput input) {
        return Response.status(Response.Status.CREATED).entity(agenda.add(meetingId, input)).build();
    }

    @PUT
    @Path("/order")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public ListResponse<AgendaItem> reorder(@PathParam("meetingId") int meetingId, AgendaOrder order) {
        return ListResponse.all(agenda.reorder(meetingId, order));
    }
}
