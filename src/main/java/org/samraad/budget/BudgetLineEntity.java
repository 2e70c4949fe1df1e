package org.samraad.budget;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** One category of a year's budget: planned and spent, in whole minor units of the budget's currency. */
@Table("BudgetLine")
public interface BudgetLineEntity extends Entity {

    @NotNull
    @Indexed
    int getBudgetId();
    void setBudgetId(int budgetId);

    /** The budget's council, so that a removed space's rows go with its councils. */
    @NotNull
    @Indexed
    int getCouncilId();
    void setCouncilId(int councilId);

    /** A {@link BudgetCategory}. */
    @NotNull
    String getCategory();
    void setCategory(String category);

    @NotNull
    @Default("0")
    long getPlanned();
    void setPlanned(long planned);

    @NotNull
    @Default("0")
    long getSpent();
    void setSpent(long spent);
}
