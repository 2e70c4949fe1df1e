package org.samraad.budget;

import java.util.List;

/**
 * A council's budget of one year as the secretariat reads it: one line per category with planned and spent, the
 * per-diem rates, and what the approved per-diem lists of the year's meetings add up to. Amounts are whole minor
 * units of {@code currency} (øre, öre, cent). A year nobody has saved reads as zeros at version 0.
 *
 * @param approvedPerDiems the sum of the year's approved per-diem lists
 * @param approvedMeetings how many meetings those lists cover
 */
public record Budget(
        int councilId,
        int year,
        String currency,
        List<BudgetLine> lines,
        long planned,
        long spent,
        BudgetRates rates,
        long approvedPerDiems,
        int approvedMeetings,
        int version) {

    public Budget {
        lines = List.copyOf(lines);
    }
}
