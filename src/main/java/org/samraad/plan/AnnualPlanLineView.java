package org.samraad.plan;

/**
 * One line of a month on the rendered plan, or the "today" marker between lines.
 *
 * @param kindText the kind in words (the plan never tells kinds apart by colour alone)
 * @param kindClass a CSS class from a fixed set, for the mark's shape and colour
 * @param link the page of a meeting or hearing that has one; null otherwise
 * @param note e.g. "no page yet" for a planned meeting without its page
 * @param entryId the own entry's id, for editors to change or delete it; null for meetings, deadlines and the marker
 * @param deleteLabel the delete button's accessible name, naming the entry
 * @param changeLabel the change button's accessible name, naming the entry
 * @param endDate the last day of an entry over several days (ISO), with {@code endDateText} in words; else null
 * @param staffText who staffs an own entry, in words (names as the reader may see them); null for nobody
 * @param visitorsText how many came, in words; null when not counted
 * @param pagelessMeetingId a planned meeting without its page, for editors to make it ("Make the meeting page");
 *     null for every other line
 * @param makePageLabel that button's accessible name, naming the meeting
 */
public record AnnualPlanLineView(
        String date,
        String dateText,
        String timeText,
        String kindText,
        String kindClass,
        String title,
        String link,
        String statusText,
        String place,
        String note,
        Integer entryId,
        int version,
        String deleteLabel,
        String changeLabel,
        boolean today,
        String endDate,
        String endDateText,
        String staffText,
        String visitorsText,
        Integer pagelessMeetingId,
        String makePageLabel) {}
