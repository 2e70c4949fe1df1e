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
import org.samraad.platform.CurrentUser;
import org.samraad.platform.I18n;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.OutputTypes;
import org.samraad.platform.PageLinks;
import org.samraad.platform.SpacePermissions;
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
 * forms to add an entry and to plan next year's meetings. Two SQL statements: the council, the year.
 */
public class AnnualPlanMacro extends BlockMacro {
    static final String TEMPLATE = "templates/plan/annual-plan.vm";

    private final CouncilParameter councilParameter;
    private final AnnualPlanService plans;
    private final SpacePermissions permissions;
    private final PageLinks links;
    private final MacroRenderer renderer;
    private final CurrentUser currentUser;
    private final I18n i18n;

    public AnnualPlanMacro(CouncilParameter councilParameter, AnnualPlanService plans, SpacePermissions permissions,
            PageLinks links, MacroRenderer renderer, CurrentUser currentUser, I18n i18n) {
        this.councilParameter = councilParameter;
        this.plans = plans;
        this.permissions = permissions;
        this.links = links;
        this.renderer = renderer;
        this.currentUser = currentUser;
        this.i18n = i18n;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        boolean wheel = layout(parameters.get("layout"));
        Integer year = year(parameters.get("year"));
        Optional<Council> council = councilParameter.resolve(parameters.get("council"), context.getSpaceKey());
        Map<String, Object> model = new HashMap<>();
        if (council.isPresent()) {
            Council c = council.get();
            AnnualPlan plan = plans.plan(c, year == null ? plans.thisYear(c) : year);
            boolean interactive = OutputTypes.isInteractive(context);
            boolean editable = interactive && permissions.canEdit(c.spaceKey());
            // a private feed address belongs to a user: anonymous readers have none to make
            boolean feedOffered = interactive && currentUser.userKey().isPresent();
            model.put("plan", AnnualPlanView.of(c, plan, plans.today(c), wheel,
                    MacroRenderer.uniqueElementId("samraad-plan-" + c.id()), feedOffered, editable,
                    links.base(), links::page, i18n));
        }
        return renderer.render(TEMPLATE, model, context);
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
