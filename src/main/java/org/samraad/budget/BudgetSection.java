package org.samraad.budget;

import java.util.Map;
import org.samraad.platform.I18n;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.PageLinks;
import org.springframework.stereotype.Component;

/**
 * A council's budget as its macro shows it: what {@link BudgetMacro} renders in a page, and what the live page
 * fetches after a save ({@code GET /councils/{id}/budget/view?year=}) to put the budget in the macro's place without
 * reloading. One view, so both show it alike; the secretariat only, as the budget itself.
 */
@Component
public class BudgetSection {
    static final String TEMPLATE = "templates/budget/budget.vm";

    private final BudgetService budgets;
    private final PageLinks links;
    private final MacroRenderer renderer;
    private final I18n i18n;

    public BudgetSection(BudgetService budgets, PageLinks links, MacroRenderer renderer, I18n i18n) {
        this.budgets = budgets;
        this.links = links;
        this.renderer = renderer;
        this.i18n = i18n;
    }

    BudgetView view(Budget budget, boolean interactive) {
        return BudgetView.of(budget, MacroRenderer.uniqueElementId("samraad-budget-" + budget.councilId()),
                interactive, links.base(), i18n);
    }

    /** The live page's budget after a save (403 outside the secretariat, 400 for a wrong year, as the budget). */
    public String html(int councilId, String year) {
        return renderer.renderFragment(TEMPLATE, Map.of("budget", view(budgets.budget(councilId, year), true)));
    }
}
