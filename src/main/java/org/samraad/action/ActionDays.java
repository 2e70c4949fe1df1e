package org.samraad.action;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.samraad.platform.TimeSource;

/**
 * Due dates are calendar days, stored as midnight UTC of the day (as the council package stores terms), so a day
 * written on one node reads back as the same day on any other and SQL compares them with "today" stored the same way.
 */
final class ActionDays {
    private ActionDays() {}

    static LocalDate today(TimeSource time) {
        return LocalDate.ofInstant(time.now(), ZoneOffset.UTC);
    }

    static Date toDate(LocalDate day) {
        return day == null ? null : Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    static Timestamp toTimestamp(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    static LocalDate toDay(Date date) {
        return date == null ? null : LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
    }

    static Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
