package org.samraad.plan;

/**
 * Meetings of the year. Planned counts every meeting starting in the year that was not cancelled; held those that
 * took place (held, minutes approved or published). The agenda is out on time when it was published by the end of
 * the dispatch deadline's day; of the held meetings with a deadline, {@code agendaOnTime} of {@code agendaCounted}.
 * The minutes count once they are approved or their target day has passed; on time when approved by the end of
 * the target day (the meeting's date plus the council's minutes days).
 */
public record ReportMeetings(
        int planned,
        int held,
        int cancelled,
        int agendaOnTime,
        int agendaCounted,
        Integer agendaOnTimePercent,
        int minutesOnTime,
        int minutesCounted,
        Integer minutesOnTimePercent) {}
