package org.samraad.hearing;

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
import org.samraad.platform.rest.ListResponse;

/**
 * /rest/samraad/1.0/hearings/{id}: one hearing, its workflow record, and changing, moving on or deleting it. Reads
 * for whoever can view the council's space; changes for its editors, checked in the service.
 */
@Path("/hearings/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class HearingResource {
    private final HearingReads hearings;
    private final HearingWorkflow workflow;
    private final HearingHistory history;
    private final HearingAgenda agenda;
    private final HearingSection section;

    @Inject
    public HearingResource(HearingReads hearings, HearingWorkflow workflow, HearingHistory history,
            HearingAgenda agenda, HearingSection section) {
        this.hearings = hearings;
        this.workflow = workflow;
        this.history = history;
        this.agenda = agenda;
        this.section = section;
    }

    @GET
    @AnonymousSiteAccess
    public Hearing get(@PathParam("id") int id) {
        return hearings.get(id);
    }

    /**
     * The response page's hearing section as HTML, for the live page to put in the macro's place after a save
     * ({@code domId}: the id the page gave the macro, so its labels still point inside it).
     */
    @GET
    @Path("/view")
    @AnonymousSiteAccess
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String view(@PathParam("id") int id, @jakarta.ws.rs.QueryParam("domId") String domId) {
        return section.html(id, domId);
    }

    @GET
    @Path("/events")
    @AnonymousSiteAccess
    public ListResponse<HearingEvent> events(@PathParam("id") int id) {
        return ListResponse.all(history.events(id));
    }

    @PUT
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Hearing update(@PathParam("id") int id, HearingInput input) {
        return workflow.update(id, input);
    }

    /** The response page's "Edit hearing": responsible person, deadline, reference, summary, link; the rest kept. */
    @PUT
    @Path("/facts")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Hearing updateFacts(@PathParam("id") int id, HearingFacts facts) {
        return workflow.updateFacts(id, facts);
    }

    @POST
    @Path("/transition")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Hearing transition(@PathParam("id") int id, HearingTransition transition) {
        return workflow.transition(id, transition);
    }

    @POST
    @Path("/agenda-item")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Hearing putOnAgenda(@PathParam("id") int id, AgendaPlacement placement) {
        return agenda.putOnAgenda(id, placement);
    }

    @DELETE
    @LicensedOnly
    public Response delete(@PathParam("id") int id) {
        workflow.delete(id);
        return Response.noContent().build();
    }
}
