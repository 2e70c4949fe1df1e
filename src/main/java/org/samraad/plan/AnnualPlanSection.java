package org.samraad.plan;

import java.util.Map;
import org.samraad.council.Council;
import org.samraad.council.CouncilService;
import org.samraad.platform.ContentLanguage;
import org.samraad.platform.CurrentUser;
import org.samraad.platform.I18n;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.PageLinks;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.Validation;
import org.springframework.stereotype.Component;

/**
 * The annual plan as its macro shows it, for one council and year: what {@link AnnualPlanMacro} renders in a page,
 * and what the plan's previous/next year links fetch in the live page ({@code GET /councils/{id}/plan/view?year=})
 * to show another year in its place. One view, so both show a year alike. Two statements: the council, the year.
 */
@Component
public class AnnualPlanSection {
    static final String TEMPLATE = "templates/plan/annual-plan.vm";

    private final CouncilService councils;
    private final AnnualPlanService plans;
    private final SpacePermissions permissions;
    private final PageLinks links;
    private final MacroRenderer renderer;
    private final CurrentUser currentUser;
    private final I18n i18n;

    public AnnualPlanSection(CouncilService councils, AnnualPlanService plans, SpacePermissions permissions,
            PageLinks links, MacroRenderer renderer, CurrentUser currentUser, I18n i18n) {
        this.councils = councils;
        this.plans = plans;
        this.permissions = permissions;
        this.links = links;
        this.renderer = renderer;
        this.currentUser = currentUser;
        this.i18n = i18n;
    }

    /** The plan of {@code year} (null: this year in the council's zone); forms and links only in the live page. */
    AnnualPlanView view(Council council, Integer year, boolean wheel, boolean interactive) {
        AnnualPlan plan = plans.plan(council, year == null ? plans.thisYear(council) : year);
        boolean editable = interactive && permissions.canEdit(council.spaceKey());
        // a private feed address belongs to a user: anonymous readers have none to make
        boolean feedOffered = interactive && currentUser.userKey().isPresent();
        return AnnualPlanView.of(council, plan, plans.today(council), wheel,
                MacroRenderer.uniqueElementId("samraad-plan-" + council.id()), feedOffered, editable, interactive,
                links.base(), links::page, i18n);
    }

    /**
     * The live page's plan section for another year, as HTML to put in the macro's place (404 for a council the
     * caller cannot view, 400 for a year out of range, as {@code GET /councils/{id}/plan}).
     */
    public String html(int councilId, String year, String layout) {
        Validation validation = new Validation();
        Integer parsed = validation.year("year", year, org.samraad.platform.DateRule.LAST_YEAR);
        validation.throwIfInvalid();
        Council council = councils.get(councilId);
        boolean wheel = "wheel".equals(layout);
        return renderer.renderFragment(TEMPLATE, Map.of("plan", view(council, parsed, wheel, true),
                "contentLang", ContentLanguage.of(council.locale(), i18n)));
    }
}
