package org.samraad.council;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** /rest/samraad/1.0/councils/{id}/composition: seats filled and vacant today, and terms ending soon. */
@Path("/councils/{id}/composition")
@Produces(MediaType.APPLICATION_JSON)
public class CompositionResource {
    private final CompositionService compositions;

    @Inject
    public CompositionResource(CompositionService compositions) {
        this.compositions = compositions;
    }

    @GET
    @AnonymousSiteAccess
    public Composition get(@PathParam("id") int councilId) {
        return compositions.of(councilId);
    }
}
