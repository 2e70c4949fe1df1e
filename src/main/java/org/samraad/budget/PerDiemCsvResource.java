package org.samraad.budget;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * /rest/samraad/1.0/councils/{id}/per-diems.csv?year=: the year's approved per-diems for payroll, for Excel (UTF-8
 * with BOM, semicolons; see {@link org.samraad.platform.CsvWriter}); the council's secretariat only.
 */
@Path("/councils/{id}/per-diems.csv")
public class PerDiemCsvResource {
    static final String TEXT_CSV = "text/csv;charset=UTF-8";
    private final PerDiemCsv csv;

    @Inject
    public PerDiemCsvResource(PerDiemCsv csv) {
        this.csv = csv;
    }

    @GET
    @LicensedOnly
    @Produces(TEXT_CSV)
    public Response export(@PathParam("id") int councilId, @QueryParam("year") String year) {
        PerDiemCsv.Export export = csv.export(councilId, year);
        return Response.ok(export.text(), TEXT_CSV)
                .header("Content-Disposition", "attachment; filename=\"per-diems-" + export.year() + ".csv\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
