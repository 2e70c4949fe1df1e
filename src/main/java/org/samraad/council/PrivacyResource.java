package org.samraad.council;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** /rest/samraad/1.0/privacy: erase a person, export everything held on a person; the anonymisation period. */
@Path("/privacy")
@Produces(MediaType.APPLICATION_JSON)
public class PrivacyResource {
    private final PersonErasureService privacy;
    private final PersonalDataExport exports;

    @Inject
    public PrivacyResource(PersonErasureService privacy, PersonalDataExport exports) {
        this.privacy = privacy;
        this.exports = exports;
    }

    /** Body {"memberId": 12}; answers how many memberships and other rows were cleared. */
    @POST
    @Path("/erasures")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public PersonalDataEraser.Erasure erase(ErasureRequest request) {
        return privacy.erasePerson(request == null ? null : request.memberId());
    }

    /** Everything the plugin holds on the member's person, for space administrators of the member's council. */
    @GET
    @Path("/exports")
    @LicensedOnly
    public PersonalDataExport.Export export(@QueryParam("memberId") Integer memberId) {
        return exports.export(memberId);
    }

    @GET
    @Path("/settings")
    @AdminOnly
    public PersonErasureService.PrivacySettingsView settings() {
        return privacy.settings();
    }

    @PUT
    @Path("/settings")
    @AdminOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public PersonErasureService.PrivacySettingsView updateSettings(PersonErasureService.PrivacySettingsView input) {
        return privacy.updateSettings(input);
    }

    /** What the client sends to erase a person. */
    public record ErasureRequest(Integer memberId) {}
}
