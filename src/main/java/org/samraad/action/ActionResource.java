package org.samraad.action;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.samraad.platform.rest.ListResponse;

/**
 * /rest/samraad/1.0/actions: the action register across councils. Reads are open to anyone who can view the
 * council's space (anonymous readers of public spaces included); changes need a logged-in user who can edit that
 * space, checked in the service.
 */
@Path("/actions")
@Produces(MediaType.APPLICATION_JSON)
public class ActionResource {
    private final ActionReads actions;
    private final ActionWorkflow workflow;
    private final ActionHistory history;
    private final ActionsSection section;

    @Inject
    public ActionResource(ActionReads actions, ActionWorkflow workflow, ActionHistory history,
            ActionsSection section) {
        this.actions = actions;
        this.workflow = workflow;
        this.history = history;
        this.section = section;
    }

    /**
     * The register macro's section as HTML with the list's filters, for the live page to put in the macro's place
     * after a save: {@code columns} as the macro's parameter, {@code councils=all} for the register across councils,
     * {@code domId} the id the page gave the macro.
     */
    @GET
    @Path("/view")
    @AnonymousSiteAccess
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String view(@BeanParam ActionFilterParams params, @QueryParam("columns") String columns,
            @QueryParam("councils") String councils, @QueryParam("domId") String domId) {
        return section.html(params.toFilter(), columns, "all".equals(councils), domId);
    }

    @GET
    @AnonymousSiteAccess
    public ActionList list(@BeanParam ActionFilterParams params) {
        ActionFilter filter = params.toFilter();
        ActionPage page = actions.list(filter);
        return new ActionList(page.items(), page.total(), filter.limit(), filter.offset(), page.unreached());
    }

    /**
     * The list shape every list of the API has, plus the ids of the listed open actions nobody can be mailed about,
     * for space editors and the council's insiders (empty for anyone else), so a page built from it flags them as
     * the register macro does.
     */
    public record ActionList(List<ActionItem> items, int total, int limit, int offset, List<Integer> unreached) {
        public ActionList {
            items = List.copyOf(items);
            unreached = List.copyOf(unreached);
        }
    }

    @GET
    @Path("/{id}")
    @AnonymousSiteAccess
    public ActionItem get(@PathParam("id") int id) {
        return actions.get(id);
    }

    @GET
    @Path("/{id}/history")
    @AnonymousSiteAccess
    public ListResponse<ActionHistoryEntry> history(@PathParam("id") int id) {
        return ListResponse.all(history.history(id));
    }

    @POST
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ActionInput input) {
        return Response.status(Response.Status.CREATED).entity(workflow.create(input)).build();
    }

    @PUT
    @Path("/{id}")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public ActionItem update(@PathParam("id") int id, ActionInput input) {
        return workflow.update(id, input);
    }

    /** {@code ?version=}: the version the caller saw; a stale one is a 409 and nothing is deleted. */
    @DELETE
    @Path("/{id}")
    @LicensedOnly
    public Response delete(@PathParam("id") int id, @QueryParam("version") String version) {
        workflow.delete(id, ActionDeletion.version(version));
        return Response.noContent().build();
    }
}
