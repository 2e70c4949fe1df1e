package org.samraad.council;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.samraad.platform.TimeSource;

/**
 * Terms are calendar days. They are stored as midnight UTC of the day, so a day written on one node reads back
 * as the same day on any other, and SQL can compare them with "today" stored the same way.
 */
final class Days {
    private Days() {}

    static LocalDate today(TimeSource time) {
        return LocalDate.ofInstant(time.now(), ZoneOffset.UTC);
    }

    static Date toDate(LocalDate day) {
        return day == null ? null : Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    static LocalDate toDay(Date date) {
        return date == null ? null : LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
    }

    static LocalDate toDay(Timestamp timestamp) {
        return timestamp == null ? null : LocalDate.ofInstant(timestamp.toInstant(), ZoneOffset.UTC);
    }

    static Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
