package org.samraad.budget;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * A council's budget of one calendar year with its per-diem rates: the per-diem per meeting and transport (none, a
 * fixed amount, or an amount per kilometre), in whole minor units of the budget's currency. Its lines are
 * {@link BudgetLineEntity}s; one version guards both.
 */
@Table("Budget")
public interface BudgetEntity extends Entity {

    @NotNull
    @Indexed
    int getCouncilId();
    void setCouncilId(int councilId);

    @NotNull
    int getBudgetYear();
    void setBudgetYear(int budgetYear);

    /** A {@link BudgetCurrency}. */
    @NotNull
    String getCurrency();
    void setCurrency(String currency);

    @NotNull
    @Default("0")
    long getPerDiemRate();
    void setPerDiemRate(long perDiemRate);

    /** A {@link TransportRate}. */
    @NotNull
    @Default("NONE")
    String getTransportRate();
    void setTransportRate(String transportRate);

    /** Per meeting (FIXED) or per kilometre (PER_KM), in minor units. */
    @NotNull
    @Default("0")
    long getTransportAmount();
    void setTransportAmount(long transportAmount);

    @NotNull
    @Default("0")
    int getVersion();
    void setVersion(int version);
}
