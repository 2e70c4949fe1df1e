package org.samraad.meeting;

import java.util.List;
import org.samraad.council.SpaceDataHolder;
import org.samraad.platform.sql.ChunkedRows;
import org.springframework.stereotype.Component;

/**
 * A removed space's meetings go with their agendas, attachments, dissent, attendance, invited guests, agenda requests and the
 * snapshots of their approved minutes.
 */
@Component
public class MeetingSpaceData implements SpaceDataHolder {
    @Override
    public void removeCouncils(List<Integer> councilIds, ChunkedRows rows) {
        List<Integer> meetings = rows.ids(MeetingEntity.class, "COUNCIL_ID", councilIds);
        List<Integer> snapshots = rows.ids(MinutesSnapshotEntity.class, "MEETING_ID", meetings);
        rows.delete(MinutesPersonEntity.class, "SNAPSHOT_ID", snapshots);
        rows.delete(MinutesSnapshotEntity.class, "MEETING_ID", meetings);
        rows.delete(AgendaDissenterEntity.class, "AGENDA_ITEM_ID",
                rows.ids(AgendaItemEntity.class, "MEETING_ID", meetings));
        rows.delete(AgendaAttachmentEntity.class, "MEETING_ID", meetings);
        rows.delete(AttendanceEntity.class, "MEETING_ID", meetings);
        rows.delete(GuestEntity.class, "MEETING_ID", meetings);
        rows.delete(AgendaItemEntity.class, "MEETING_ID", meetings);
        rows.delete(AgendaRequestEntity.class, "COUNCIL_ID", councilIds);
        rows.delete(MeetingEntity.class, "COUNCIL_ID", councilIds);
    }
}
