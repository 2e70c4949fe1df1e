package org.samraad.plan;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** /rest/samraad/1.0/councils/{id}/getting-started/view: the first-day checklist's HTML as the live page shows it. */
@Path("/councils/{id}/getting-started")
public class GettingStartedResource {
    private final GettingStartedSection section;

    @Inject
    public GettingStartedResource(GettingStartedSection section) {
        this.section = section;
    }

    @GET
    @Path("/view")
    @AnonymousSiteAccess
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String view(@PathParam("id") int councilId) {
        return section.html(councilId);
    }
}
