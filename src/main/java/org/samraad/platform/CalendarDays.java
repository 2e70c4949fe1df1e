package org.samraad.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * Terms and due dates are calendar days. They are stored as midnight UTC of the day, so a day written on one node
 * reads back as the same day on any other, and SQL can compare them with "today" stored the same way. Which day
 * today is belongs to the council ({@code council/CouncilZone}), not to the server's clock.
 */
public final class CalendarDays {
    private CalendarDays() {}

    public static Date toDate(LocalDate day) {
        return day == null ? null : Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    public static Timestamp toTimestamp(LocalDate day) {
        return day == null ? null : Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    public static LocalDate toDay(Date date) {
        return date == null ? null : LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
    }

    public static LocalDate toDay(Timestamp timestamp) {
        return timestamp == null ? null : LocalDate.ofInstant(timestamp.toInstant(), ZoneOffset.UTC);
    }

    public static Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
