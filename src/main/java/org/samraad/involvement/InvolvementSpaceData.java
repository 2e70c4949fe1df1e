package org.samraad.involvement;

import java.util.List;
import org.samraad.council.SpaceDataHolder;
import org.samraad.platform.sql.ChunkedRows;
import org.springframework.stereotype.Component;

/** A removed space's involvement processes go with their actors and the actors' history. */
@Component
public class InvolvementSpaceData implements SpaceDataHolder {
    @Override
    public void removeCouncils(List<Integer> councilIds, ChunkedRows rows) {
        rows.delete(InvolvementHistoryEntity.class, "ACTOR_ID",
                rows.ids(InvolvementActorEntity.class, "COUNCIL_ID", councilIds));
        rows.delete(InvolvementActorEntity.class, "COUNCIL_ID", councilIds);
        rows.delete(InvolvementEntity.class, "COUNCIL_ID", councilIds);
    }
}
