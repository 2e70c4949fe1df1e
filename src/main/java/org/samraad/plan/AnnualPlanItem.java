package org.samraad.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.samraad.platform.rest.Iso8601;

/**
 * One line of a council's annual plan, whatever its source. Day and times are wall-clock values in the council's
 * zone; a hearing deadline and an all-day entry have no start time.
 *
 * @param kind the meeting's kind (ORDINARY…), the entry's kind (THEME_DAY…), or DEADLINE for a hearing
 * @param status the meeting's or hearing's status; null for own entries
 * @param pageId the meeting's or hearing's page, when it has one
 * @param version the row's version, to change or delete an own entry
 * @param endDate the last day of an own entry over several days; null otherwise
 * @param visitors how many came to an own entry, when counted
 * @param staff who staffs an own entry, named as the caller may see them; empty for the other sources
 */
public record AnnualPlanItem(
        AnnualPlanSource source,
        int id,
        String kind,
        String title,
        @Iso8601 LocalDate date,
        @Iso8601 LocalTime startTime,
        @Iso8601 LocalTime endTime,
        String status,
        String place,
        String description,
        Long pageId,
        int version,
        @Iso8601 LocalDate endDate,
        Integer visitors,
        List<PlanStaff> staff) {

    AnnualPlanItem withStaff(List<PlanStaff> lines) {
        return new AnnualPlanItem(source, id, kind, title, date, startTime, endTime, status, place, description, pageId,
                version, endDate, visitors, List.copyOf(lines));
    }

    /** All-day lines first on a day, then by time, then meetings before deadlines before own entries. */
    static int compare(AnnualPlanItem a, AnnualPlanItem b) {
        int byDay = a.date.compareTo(b.date);
        if (byDay != 0) {
            return byDay;
        }
        LocalTime at = a.startTime == null ? LocalTime.MIN : a.startTime;
        LocalTime bt = b.startTime == null ? LocalTime.MIN : b.startTime;
        int byTime = at.compareTo(bt);
        if (byTime != 0) {
            return byTime;
        }
        int bySource = a.source.compareTo(b.source);
        return bySource != 0 ? bySource : Integer.compare(a.id, b.id);
    }
}
