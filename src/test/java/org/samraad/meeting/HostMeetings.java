package org.samraad.meeting;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.samraad.council.CouncilZone;
import org.samraad.testing.SharedDevHost;

/**
 * Meetings in the shared dev host's demo council for HTTP and browser tests, written straight into its Active
 * Objects (the meeting API is another feature's), and removed with their agenda afterwards.
 */
public final class HostMeetings {
    private final List<Integer> created = new ArrayList<>();

    private ActiveObjects ao() {
        return SharedDevHost.host().activeObjects();
    }

    /** A planned meeting of the council starting at a wall-clock time in Copenhagen, recorded for {@code pageId}. */
    public int create(int councilId, String title, LocalDateTime start, Long pageId) {
        Map<String, Object> row = new HashMap<>();
        row.put("COUNCIL_ID", councilId);
        row.put("KIND", MeetingKind.ORDINARY.name());
        row.put("STATUS", MeetingStatus.PLANNED.name());
        row.put("TITLE", title);
        row.put("STARTS_AT", Date.from(start.atZone(CouncilZone.COPENHAGEN).toInstant()));
        row.put("PLACE", "Medborgerhuset, Torvet 3, Nordby");
        row.put("VERSION", 0);
        if (pageId != null) {
            row.put("PAGE_ID", pageId);
        }
        int id = ao().create(MeetingEntity.class, row).getID();
        created.add(id);
        return id;
    }

    public void status(int meetingId, MeetingStatus status) {
        MeetingEntity meeting = ao().get(MeetingEntity.class, meetingId);
        meeting.setStatus(status.name());
        meeting.save();
    }

    /** Removes every meeting this instance created, with its items and attachments. */
    public void removeAll() {
        for (int id : created) {
            ao().deleteWithSQL(AgendaAttachmentEntity.class, "MEETING_ID = ?", id);
            ao().deleteWithSQL(AgendaItemEntity.class, "MEETING_ID = ?", id);
            ao().deleteWithSQL(MeetingEntity.class, "ID = ?", id);
        }
        created.clear();
    }
}
