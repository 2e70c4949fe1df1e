package org.samraad.plan;

import java.util.Optional;
import org.samraad.council.Council;

/**
 * The council's spending against its budget for the annual report, from the feature above plan that keeps budgets
 * (budget is insiders' data: an implementation answers only for the council's secretariat, empty for everyone
 * else). At most one statement.
 */
public interface ReportBudgetSource {
    Optional<ReportBudget> budget(Council council, int year);
}
