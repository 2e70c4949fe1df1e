package org.samraad.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.samraad.council.CouncilZone;
import org.samraad.meeting.AgendaItemEntity;
import org.samraad.meeting.AgendaRequestEntity;
import org.samraad.meeting.AttendanceEntity;
import org.samraad.meeting.MeetingEntity;
import org.samraad.platform.CalendarDays;

/**
 * Meetings on the shared dev host for HTTP and browser tests, written as rows (there is no meeting API to call in
 * this branch), and removed with everything that hangs off them.
 */
public final class DevHostMeetings {
    private DevHostMeetings() {}

    /** A meeting of the council a week from today at 10:00 Copenhagen time. */
    public static int create(int councilId, String title, String status, LocalDate requestDeadline) {
        return create(councilId, title, status, requestDeadline, LocalDate.now(CouncilZone.COPENHAGEN).plusDays(7));
    }

    /** A meeting of the council on {@code day} at 10:00 Copenhagen time. */
    public static int create(int councilId, String title, String status, LocalDate requestDeadline, LocalDate day) {
        ActiveObjects ao = SharedDevHost.host().activeObjects();
        LocalDateTime start = day.atTime(10, 0);
        return ao.executeInTransaction(() -> {
            Map<String, Object> row = new HashMap<>();
            row.put("COUNCIL_ID", councilId);
            row.put("KIND", "ORDINARY");
            row.put("STATUS", status);
            row.put("TITLE", title);
            row.put("STARTS_AT", Date.from(start.atZone(CouncilZone.COPENHAGEN).toInstant()));
            row.put("VERSION", 0);
            MeetingEntity meeting = ao.create(MeetingEntity.class, row);
            meeting.setRequestDeadline(CalendarDays.toDate(requestDeadline));
            meeting.save();
            return meeting.getID();
        });
    }

    public static void remove(int meetingId) {
        ActiveObjects ao = SharedDevHost.host().activeObjects();
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(AttendanceEntity.class, "MEETING_ID = ?", meetingId);
            ao.deleteWithSQL(AgendaRequestEntity.class, "MEETING_ID = ?", meetingId);
            ao.deleteWithSQL(AgendaItemEntity.class, "MEETING_ID = ?", meetingId);
            ao.deleteWithSQL(MeetingEntity.class, "ID = ?", meetingId);
            return null;
        });
    }
}
