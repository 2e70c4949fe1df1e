package org.samraad.plan;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.samraad.platform.BlockMacro;
import org.samraad.council.Council;
import org.samraad.council.CouncilParameter;
import org.samraad.platform.FieldError;
import org.samraad.platform.I18n;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.PageLinks;
import org.samraad.platform.ValidationException;

/**
 * {@code samraad-annual-report}: a council's annual report for one year (parameter {@code year}, default as in the
 * REST API), the easy-read summary first, then one headed section per key figure with real tables. The same static
 * HTML in every output type: the report is made to be exported to PDF and sent to the political committee.
 *
 * <p>Two SQL statements: the council and {@link AnnualReportQuery}'s one statement for all sections.
 */
public class AnnualReportMacro extends BlockMacro {
    static final String TEMPLATE = "templates/plan/annual-report.vm";

    private final CouncilParameter councilParameter;
    private final AnnualReportService reports;
    private final MacroRenderer renderer;
    private final I18n i18n;
    private final PageLinks links;

    public AnnualReportMacro(CouncilParameter councilParameter, AnnualReportService reports, MacroRenderer renderer,
            I18n i18n, PageLinks links) {
        this.councilParameter = councilParameter;
        this.reports = reports;
        this.renderer = renderer;
        this.i18n = i18n;
        this.links = links;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        Optional<Council> council = councilParameter.resolve(parameters.get("council"), context.getSpaceKey());
        Map<String, Object> model = new HashMap<>();
        if (council.isPresent()) {
            AnnualReport report;
            try {
                report = reports.report(council.get(), parameters.get("year"));
            } catch (ValidationException e) {
                FieldError error = e.errors().get(0);
                throw new MacroExecutionException(i18n.text("samraad.report.macro.bad-year",
                        i18n.text(error.messageKey(), error.arguments().toArray(new java.io.Serializable[0]))));
            }
            model.put("report", AnnualReportView.of(report,
                    MacroRenderer.uniqueElementId("samraad-annual-report-" + report.councilId()), i18n, links::page));
        }
        return renderer.render(TEMPLATE, model, context);
    }
}
