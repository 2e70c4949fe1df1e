package org.samraad.budget;

import java.util.Optional;
import org.samraad.council.Council;
import org.samraad.plan.ReportBudget;
import org.samraad.plan.ReportBudgetSource;
import org.springframework.stereotype.Component;

/** Spending against the year's budget in the annual report, for the council's secretariat only. */
@Component
public class BudgetReportSource implements ReportBudgetSource {
    private final BudgetService budgets;

    public BudgetReportSource(BudgetService budgets) {
        this.budgets = budgets;
    }

    @Override
    public Optional<ReportBudget> budget(Council council, int year) {
        return budgets.forReport(council, year).map(b -> new ReportBudget(b.currency(),
                b.lines().stream().map(l -> new ReportBudget.Line(l.category().name(), l.planned(), l.spent()))
                        .toList(),
                b.planned(), b.spent(), b.approvedPerDiems(), b.approvedMeetings()));
    }
}
