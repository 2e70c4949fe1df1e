package org.samraad.plan;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.core.ContentEntityObject;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.samraad.platform.BlockMacro;
import org.samraad.council.Council;
import org.samraad.council.CouncilParameter;
import org.samraad.platform.FieldError;
import org.samraad.platform.ContentLanguage;
import org.samraad.platform.I18n;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.OutputTypes;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.PageLinks;
import org.samraad.platform.ValidationException;

/**
 * {@code samraad-annual-report}: a council's annual report for one year (parameter {@code year}, default as in the
 * REST API), the easy-read summary first, then one headed section per key figure with real tables. The same static
 * HTML in every output type: the report is made to be exported to PDF and sent to the political committee.
 *
 * <p>A year made final ({@link FinalReportService}) shows its frozen version, marked "Final, <day>" in the council's
 * language; on an interactive page of a year that is over, space editors get "Make the report final" (the service
 * lets only the secretariat do it: telling the secretariat apart would cost a statement more).
 *
 * <p>Three SQL statements at most: the council, the year's final version, and (while there is none)
 * {@link AnnualReportQuery}'s one statement for all sections.
 */
public class AnnualReportMacro extends BlockMacro {
    static final String TEMPLATE = "templates/plan/annual-report.vm";

    private final CouncilParameter councilParameter;
    private final AnnualReportService reports;
    private final MacroRenderer renderer;
    private final I18n i18n;
    private final PageLinks links;
    private final SpacePermissions permissions;

    public AnnualReportMacro(CouncilParameter councilParameter, AnnualReportService reports, MacroRenderer renderer,
            I18n i18n, PageLinks links, SpacePermissions permissions) {
        this.councilParameter = councilParameter;
        this.reports = reports;
        this.renderer = renderer;
        this.i18n = i18n;
        this.links = links;
        this.permissions = permissions;
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
            ContentLanguage summaryLanguage = ContentLanguage.of(council.get().locale(), i18n);
            if (summaryLanguage.differs()) { // the summary is the council's text, in its language
                model.put("summaryLang", summaryLanguage.council());
            }
            if (report.finalVersion() != null) {
                model.put("finalMark", FinalReportService.finalText(
                        i18n.in(Locale.forLanguageTag(council.get().locale())), report));
            } else if (!report.running() && OutputTypes.isInteractive(context)
                    && permissions.canEdit(council.get().spaceKey())) {
                ContentEntityObject page = context.getEntity();
                model.put("makeFinal", new FinalReportButton(report.year(), page == null ? null : page.getId(),
                        i18n.text("samraad.report.final.confirm", String.valueOf(report.year()))));
            }
        }
        return renderer.render(TEMPLATE, model, context);
    }
}
