package org.samraad.plan;

/**
 * What a client sends to add or change an own plan entry; values arrive as text so a wrong one is a field error in
 * the caller's language. On update every field is replaced (PUT).
 *
 * @param kind THEME_DAY, CONFERENCE, CAMPAIGN, REPORT, BUDGET, EVENT or OTHER
 * @param date an ISO date (2027-03-09)
 * @param startTime HH:mm; blank for an all-day entry
 * @param endTime HH:mm after the start; only with a start time
 * @param endDate the last day of an entry over several days (a two-day conference), not before {@code date};
 *     blank for one day; {@code endTime} is on this day
 * @param staff who staffs it (people by name, organisations by id); null or empty for nobody
 * @param visitors how many came, 0 or more; null when not counted
 * @param version required on update: the version the client read
 */
public record PlanEntryInput(
        String kind,
        String title,
        String date,
        String startTime,
        String endTime,
        String place,
        String description,
        String endDate,
        java.util.List<PlanStaffInput> staff,
        Integer visitors,
        Integer version) {

    /** An entry of one day without staff or visitors. */
    public PlanEntryInput(String kind, String title, String date, String startTime, String endTime, String place,
            String description, Integer version) {
        this(kind, title, date, startTime, endTime, place, description, null, null, null, version);
    }
}
