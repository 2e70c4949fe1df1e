package org.samraad.communication;

import java.util.List;
import org.samraad.council.SpaceDataHolder;
import org.samraad.meeting.MeetingEntity;
import org.samraad.platform.sql.ChunkedRows;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A removed space's meetings take their dispatch log with them. Runs before the meeting feature removes
 * the meetings (whose ids lead here), hence the order.
 */
@Component
@Order(0)
public class CommunicationSpaceData implements SpaceDataHolder {
    @Override
    public void removeCouncils(List<Integer> councilIds, ChunkedRows rows) {
        List<Integer> meetings = rows.ids(MeetingEntity.class, "COUNCIL_ID", councilIds);
        rows.delete(DispatchEntity.class, "MEETING_ID", meetings);
    }
}
