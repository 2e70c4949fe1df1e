package org.samraad.plan;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.samraad.platform.BlockMacro;
import org.samraad.council.Council;
import org.samraad.council.CouncilParameter;
import org.samraad.platform.ContentLanguage;
import org.samraad.platform.I18n;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.OutputTypes;
import org.samraad.platform.Validation;
import java.util.ArrayList;
import java.util.List;
import org.samraad.platform.DateRule;
import org.samraad.platform.FieldError;

/**
 * {@code samraad-annual-plan}: a council's årshjul for one year (default: this year in the council's zone) — its
 * meetings, hearing deadlines and own entries month by month, each with its kind in words, today marked. The
 * {@code wheel} layout adds an SVG wheel (months as segments, entries as marks) above the same list, which stays the
 * text for screen readers and export. Static HTML in every output type; in the live page, space editors also get
 * forms to add an entry and to plan next year's meetings, and every reader links to the previous and next year
 * (shown in place, see {@link AnnualPlanSection}). Two SQL statements: the council, the year.
 */
public class AnnualPlanMacro extends BlockMacro {
    private final CouncilParameter councilParameter;
    private final AnnualPlanSection section;
    private final MacroRenderer renderer;
    private final I18n i18n;

    public AnnualPlanMacro(CouncilParameter councilParameter, AnnualPlanSection section, MacroRenderer renderer,
            I18n i18n) {
        this.councilParameter = councilParameter;
        this.section = section;
        this.renderer = renderer;
        this.i18n = i18n;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        boolean wheel = layout(parameters.get("layout"));
        Integer year = year(parameters.get("year"));
        Optional<Council> council = councilParameter.resolve(parameters.get("council"), context);
        Map<String, Object> model = new HashMap<>();
        council.ifPresent(c -> {
            model.put("plan", section.view(c, year, wheel, OutputTypes.isInteractive(context)));
            model.put("contentLang", ContentLanguage.of(c.locale(), i18n));
        });
        return renderer.render(AnnualPlanSection.TEMPLATE, model, context);
    }

    private boolean layout(String value) throws MacroExecutionException {
        String layout = Validation.isBlank(value) ? "months" : value.trim().toLowerCase(Locale.ROOT);
        if (!layout.equals("months") && !layout.equals("wheel")) {
            throw new MacroExecutionException(i18n.text("samraad.plan.macro.bad-layout"));
        }
        return layout.equals("wheel");
    }

    private Integer year(String value) throws MacroExecutionException {
        if (Validation.isBlank(value)) {
            return null;
        }
        List<FieldError> errors = new ArrayList<>();
        Integer year = DateRule.year("year", value, DateRule.LAST_YEAR, errors);
        if (year == null) {
            FieldError error = errors.get(0);
            throw new MacroExecutionException(
                    i18n.text(error.messageKey(), error.arguments().toArray(java.io.Serializable[]::new)));
        }
        return year;
    }
}
