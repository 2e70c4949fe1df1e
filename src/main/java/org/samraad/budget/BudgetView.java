package org.samraad.budget;

import java.util.Arrays;
import java.util.List;
import org.samraad.platform.I18n;
import org.samraad.platform.OptionView;

/** What the budget macro's template gets: the year's table in the reader's language and, for editors, the form. */
public record BudgetView(
        int councilId,
        String domId,
        String heading,
        int year,
        String currency,
        List<BudgetLineView> lines,
        BudgetLineView total,
        String ratesText,
        String perDiemsText,
        String csvPath,
        boolean editable,
        int version,
        String perMeetingInput,
        String transport,
        String transportAmountInput,
        List<OptionView> transports,
        String editHelp) {

    static BudgetView of(Budget budget, String domId, boolean editable, String contextPath, I18n i18n) {
        String currency = budget.currency();
        List<BudgetLineView> lines = budget.lines().stream().map(line -> new BudgetLineView(line.category().name(),
                i18n.text("samraad.budget.category." + line.category().name()), Money.text(i18n, line.planned(), currency),
                Money.text(i18n, line.spent(), currency), Money.text(i18n, line.planned() - line.spent(), currency),
                Money.input(line.planned()), Money.input(line.spent()))).toList();
        BudgetLineView total = new BudgetLineView(null, i18n.text("samraad.report.total"),
                Money.text(i18n, budget.planned(), currency), Money.text(i18n, budget.spent(), currency),
                Money.text(i18n, budget.planned() - budget.spent(), currency), null, null);
        BudgetRates rates = budget.rates();
        String ratesText = i18n.text("samraad.budget.macro.rates." + rates.transport().name(),
                Money.text(i18n, rates.perMeeting(), currency), Money.text(i18n, rates.transportAmount(), currency));
        return new BudgetView(budget.councilId(), domId, i18n.text("samraad.budget.macro.heading", String.valueOf(budget.year())),
                budget.year(), currency, lines, total, ratesText,
                i18n.text("samraad.report.budget.per-diems", budget.approvedMeetings(),
                        Money.text(i18n, budget.approvedPerDiems(), currency)),
                contextPath + "/rest/samraad/1.0/councils/" + budget.councilId() + "/per-diems.csv?year="
                        + budget.year(),
                editable, budget.version(), Money.input(rates.perMeeting()), rates.transport().name(),
                Money.input(rates.transportAmount()),
                Arrays.stream(TransportRate.values()).map(t -> new OptionView(t.name(),
                        i18n.text("samraad.budget.transport." + t.name()))).toList(),
                i18n.text("samraad.budget.macro.edit-help", currency));
    }

    /** Velocity's {@code #if} asks for a view's text; a record's own formats every component (ViewRecordsTest). */
    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
