package org.samraad.budget;

import java.util.List;
import net.java.ao.RawEntity;
import org.samraad.council.CouncilReferences;
import org.samraad.council.EntityColumn;
import org.springframework.stereotype.Component;

/**
 * Budgets and per-diem lists are part of a council's record; a member on a per-diem list stays (payroll was made
 * from it).
 */
@Component
public class BudgetCouncilReferences implements CouncilReferences {
    @Override
    public List<Class<? extends RawEntity<Integer>>> namingCouncil() {
        return List.of(BudgetEntity.class, BudgetLineEntity.class, PerDiemListEntity.class, PerDiemLineEntity.class);
    }

    @Override
    public List<EntityColumn> namingMember() {
        return List.of(new EntityColumn(PerDiemLineEntity.class, "MEMBER_ID"));
    }
}
