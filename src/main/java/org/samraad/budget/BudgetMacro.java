package org.samraad.budget;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.samraad.council.Council;
import org.samraad.council.CouncilParameter;
import org.samraad.platform.BlockMacro;
import org.samraad.platform.FieldError;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.I18n;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.OutputTypes;
import org.samraad.platform.ValidationException;

/**
 * {@code samraad-budget}: a council's budget of a year (default this year) for its secretariat: planned, spent and
 * left per category, the per-diem rates, the year's approved per-diems and the payroll CSV; in the live page a form
 * to change them. Anyone else reads that the budget is the secretariat's, and nothing of it. Two SQL statements:
 * the council and the budget.
 */
public class BudgetMacro extends BlockMacro {
    static final String TEMPLATE = BudgetSection.TEMPLATE;

    private final CouncilParameter councilParameter;
    private final BudgetService budgets;
    private final BudgetSection section;
    private final MacroRenderer renderer;
    private final I18n i18n;

    public BudgetMacro(CouncilParameter councilParameter, BudgetService budgets, BudgetSection section,
            MacroRenderer renderer, I18n i18n) {
        this.councilParameter = councilParameter;
        this.budgets = budgets;
        this.section = section;
        this.renderer = renderer;
        this.i18n = i18n;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        Optional<Council> council = councilParameter.resolve(parameters.get("council"), context.getSpaceKey());
        Map<String, Object> model = new HashMap<>();
        if (council.isPresent()) {
            try {
                Budget budget = budgets.budget(council.get(), parameters.get("year"));
                model.put("budget", section.view(budget, OutputTypes.isInteractive(context)));
            } catch (ForbiddenException e) {
                model.put("secretariatOnly", Boolean.TRUE);
            } catch (ValidationException e) {
                FieldError error = e.errors().get(0);
                throw new MacroExecutionException(i18n.text("samraad.report.macro.bad-year",
                        i18n.text(error.messageKey(), error.arguments().toArray(new Serializable[0]))));
            }
        }
        return renderer.render(TEMPLATE, model, context);
    }
}
