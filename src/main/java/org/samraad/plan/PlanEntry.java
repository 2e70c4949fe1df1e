package org.samraad.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.rest.Iso8601;

/**
 * An own entry on a council's annual plan as it leaves the service: its day and times are wall-clock values in the
 * council's zone; {@code startTime} is null for an entry that lasts the whole day, {@code endDate} null for an entry
 * of one day. An event's staff, named as the caller may see them, and its visitors come with it.
 */
public record PlanEntry(
        int id,
        int councilId,
        PlanEntryKind kind,
        String title,
        @Iso8601 LocalDate date,
        @Iso8601 LocalTime startTime,
        @Iso8601 LocalTime endTime,
        String place,
        String description,
        @Iso8601 LocalDate endDate,
        List<PlanStaff> staff,
        Integer visitors,
        int version) {

    static PlanEntry of(PlanEntryEntity row, ZoneId zone, List<PlanStaff> staff) {
        var starts = row.getStartsAt().toInstant().atZone(zone);
        var ends = row.getEndsAt() == null ? null : row.getEndsAt().toInstant().atZone(zone).toLocalTime();
        return new PlanEntry(row.getID(), row.getCouncilId(), PlanEntryKind.valueOf(row.getKind()), row.getTitle(),
                starts.toLocalDate(), row.isAllDay() ? null : starts.toLocalTime(), ends, row.getPlace(),
                row.getDescription(), row.getEndDate() == null ? null : CalendarDays.toDay(row.getEndDate()),
                List.copyOf(staff), row.getVisitors(), row.getVersion());
    }
}
