package org.samraad.plan;

import java.util.List;
import org.samraad.council.PersonalDataHolder;
import org.samraad.council.PersonalReference;
import org.samraad.council.SpaceDataHolder;
import org.samraad.platform.sql.ChunkedRows;
import org.springframework.stereotype.Component;

/**
 * Final annual reports go with their councils' space. They hold counts, hearing titles and organisation names, no
 * person's name; the one reference to a person is who made the report final, which erasure clears.
 */
@Component
public class FinalReportData implements SpaceDataHolder, PersonalDataHolder {
    @Override
    public void removeCouncils(List<Integer> councilIds, ChunkedRows rows) {
        rows.delete(FinalReportEntity.class, "COUNCIL_ID", councilIds);
    }

    @Override
    public List<PersonalReference<?>> byUserKey() {
        return List.of(new PersonalReference<>(FinalReportEntity.class, "FINALISED_BY",
                f -> f.setFinalisedBy(null)));
    }
}
