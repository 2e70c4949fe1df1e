package org.samraad.plan;

import java.util.List;
import org.samraad.council.SpaceDataHolder;
import org.samraad.platform.sql.ChunkedRows;
import org.springframework.stereotype.Component;

/** A removed space's annual plan entries, their staff and calendar feeds go with its councils. */
@Component
public class PlanSpaceData implements SpaceDataHolder {
    @Override
    public void removeCouncils(List<Integer> councilIds, ChunkedRows rows) {
        rows.delete(PlanEntryStaffEntity.class, "COUNCIL_ID", councilIds);
        rows.delete(PlanEntryEntity.class, "COUNCIL_ID", councilIds);
        rows.delete(CalendarFeedEntity.class, "COUNCIL_ID", councilIds);
    }
}
