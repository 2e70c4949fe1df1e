package org.samraad.budget;

import java.util.List;
import org.samraad.platform.sql.ChunkedRows;
import org.samraad.council.SpaceDataHolder;
import org.springframework.stereotype.Component;

/** A removed space's budgets and per-diem lists go with its councils. */
@Component
public class BudgetSpaceData implements SpaceDataHolder {
    @Override
    public void removeCouncils(List<Integer> councilIds, ChunkedRows rows) {
        rows.delete(PerDiemLineEntity.class, "COUNCIL_ID", councilIds);
        rows.delete(PerDiemListEntity.class, "COUNCIL_ID", councilIds);
        rows.delete(BudgetLineEntity.class, "COUNCIL_ID", councilIds);
        rows.delete(BudgetEntity.class, "COUNCIL_ID", councilIds);
    }
}
