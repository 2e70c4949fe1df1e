package org.samraad.budget;

import java.util.List;
import org.samraad.council.PersonalDataHolder;
import org.samraad.council.PersonalReference;
import org.springframework.stereotype.Component;

/**
 * Where budgets point at people: who approved a per-diem list, and the members on the lists. A line copies nothing
 * of the person, so it stays as payroll's record and reads "former member" once the member row is anonymised.
 */
@Component
public class BudgetPersonalData implements PersonalDataHolder {
    @Override
    public List<PersonalReference<?>> byUserKey() {
        return List.of(new PersonalReference<>(PerDiemListEntity.class, "APPROVED_BY", p -> p.setApprovedBy(null)));
    }

    @Override
    public List<PersonalReference<?>> byMemberId() {
        return List.of(new PersonalReference<>(PerDiemLineEntity.class, "MEMBER_ID", line -> { }));
    }
}
