package org.samraad.hearing;

import java.util.List;
import org.samraad.council.SpaceDataHolder;
import org.samraad.platform.sql.ChunkedRows;
import org.springframework.stereotype.Component;

/** A removed space's hearings go with their events. */
@Component
public class HearingSpaceData implements SpaceDataHolder {
    @Override
    public void removeCouncils(List<Integer> councilIds, ChunkedRows rows) {
        rows.delete(HearingEventEntity.class, "HEARING_ID", rows.ids(HearingEntity.class, "COUNCIL_ID", councilIds));
        rows.delete(HearingEntity.class, "COUNCIL_ID", councilIds);
    }
}
