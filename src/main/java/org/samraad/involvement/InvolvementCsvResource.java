package org.samraad.involvement;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * /rest/samraad/1.0/councils/{id}/involvement.csv: the involvement actors for Excel (UTF-8 with BOM, semicolons;
 * see {@link org.samraad.platform.CsvWriter}), with the same visibility rules as the list.
 */
@Path("/councils/{id}/involvement.csv")
public class InvolvementCsvResource {
    static final String TEXT_CSV = "text/csv;charset=UTF-8";
    private final InvolvementCsv csv;

    @Inject
    public InvolvementCsvResource(InvolvementCsv csv) {
        this.csv = csv;
    }

    @GET
    @AnonymousSiteAccess
    @Produces(TEXT_CSV)
    public Response export(@PathParam("id") int councilId) {
        return Response.ok(csv.export(councilId), TEXT_CSV)
                .header("Content-Disposition", "attachment; filename=\"involvement-" + councilId + ".csv\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
