package org.samraad.action;

import java.util.List;
import org.samraad.council.SpaceDataHolder;
import org.samraad.platform.sql.ChunkedRows;
import org.springframework.stereotype.Component;

/** A removed space's action items go with their history. */
@Component
public class ActionSpaceData implements SpaceDataHolder {
    @Override
    public void removeCouncils(List<Integer> councilIds, ChunkedRows rows) {
        rows.delete(ActionHistoryEntity.class, "ACTION_ID", rows.ids(ActionItemEntity.class, "COUNCIL_ID", councilIds));
        rows.delete(ActionItemEntity.class, "COUNCIL_ID", councilIds);
    }
}
