package org.samraad.action;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * /rest/samraad/1.0/actions.csv: the register for Excel (UTF-8 with BOM, semicolons; see
 * {@link org.samraad.platform.CsvWriter}), with the list's filters and visibility rules; limit and offset are
 * accepted for symmetry with the list but every matching action is exported.
 */
@Path("/actions.csv")
public class ActionCsvResource {
    static final String TEXT_CSV = "text/csv;charset=UTF-8";
    private final ActionCsv csv;

    @Inject
    public ActionCsvResource(ActionCsv csv) {
        this.csv = csv;
    }

    @GET
    @AnonymousSiteAccess
    @Produces(TEXT_CSV)
    public Response export(@BeanParam ActionFilterParams params) {
        ActionFilter filter = params.toFilter();
        return Response.ok(csv.export(filter), TEXT_CSV)
                .header("Content-Disposition", "attachment; filename=\"actions.csv\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
