package org.samraad.communication;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.samraad.council.Council;
import org.samraad.council.CouncilService;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.Validation;
import org.samraad.platform.ValidationException;

/**
 * /rest/samraad/1.0/councils/{id}/communication: the council's communication settings, read by whoever can view the
 * council and changed by its space administrators.
 */
@Path("/councils/{id}/communication")
@Produces(MediaType.APPLICATION_JSON)
public class CouncilCommunicationResource {
    private final CouncilService councils;
    private final CommunicationSettings settings;

    @Inject
    public CouncilCommunicationResource(CouncilService councils, CommunicationSettings settings) {
        this.councils = councils;
        this.settings = settings;
    }

    @GET
    @AnonymousSiteAccess
    public CouncilCommunication get(@PathParam("id") int councilId) {
        Council council = councils.get(councilId);
        return new CouncilCommunication(settings.dayBeforeReminder(council.id()));
    }

    @PUT
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public CouncilCommunication put(@PathParam("id") int councilId, CouncilCommunication input) {
        Council council = councils.get(councilId);
        if (!councils.canAdminister(council)) {
            throw new ForbiddenException();
        }
        if (input == null) {
            throw new ValidationException(java.util.List.of());
        }
        new Validation().required("dayBeforeReminder", input.dayBeforeReminder()).throwIfInvalid();
        settings.setDayBeforeReminder(council.id(), input.dayBeforeReminder());
        return new CouncilCommunication(settings.dayBeforeReminder(council.id()));
    }
}
