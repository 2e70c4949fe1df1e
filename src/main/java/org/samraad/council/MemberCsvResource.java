package org.samraad.council;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * /rest/samraad/1.0/councils/{id}/members.csv: the member list for Excel (UTF-8 with BOM, semicolons; see
 * {@link org.samraad.platform.CsvWriter}), with the same visibility rules as the list itself.
 */
@Path("/councils/{id}/members.csv")
public class MemberCsvResource {
    static final String TEXT_CSV = "text/csv;charset=UTF-8";
    private final MemberCsv csv;

    @Inject
    public MemberCsvResource(MemberCsv csv) {
        this.csv = csv;
    }

    @GET
    @AnonymousSiteAccess
    @Produces(TEXT_CSV)
    public Response export(@PathParam("id") int councilId) {
        return Response.ok(csv.export(councilId), TEXT_CSV)
                .header("Content-Disposition", "attachment; filename=\"members-" + councilId + ".csv\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
