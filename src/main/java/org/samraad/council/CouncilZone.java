package org.samraad.council;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.samraad.platform.TimeSource;

/**
 * The time zone a council's meetings happen in, and the one notion of the council's "today". Councils are Danish or
 * Swedish municipal bodies, so the council's language decides: Swedish councils meet on Stockholm time, all others on
 * Copenhagen time (the two zones agree today, but calendar feeds name the zone, and they need not agree forever).
 *
 * <p>Every rule about a calendar day (an action overdue or due for a reminder, a member serving, a hearing's
 * deadline, the day a meeting lies on, the plan's current year) asks the council's today: at 00:30 in Copenhagen
 * the server in UTC is still on yesterday, and an action due yesterday is overdue for the council already. The day
 * is then stored and compared as {@link org.samraad.platform.CalendarDays} store it.
 */
public final class CouncilZone {
    public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private CouncilZone() {}

    public static ZoneId forLocale(String councilLocale) {
        return "sv".equals(councilLocale) ? STOCKHOLM : COPENHAGEN;
    }

    /** The calendar day it is now on the council's wall clock. */
    public static LocalDate today(TimeSource time, String councilLocale) {
        return today(time.now(), councilLocale);
    }

    public static LocalDate today(Instant now, String councilLocale) {
        return LocalDate.ofInstant(now, forLocale(councilLocale));
    }

    public static LocalDate today(TimeSource time, Council council) {
        return today(time.now(), council.locale());
    }

    /**
     * Today for a statement that spans councils or runs before its council is known (a look-up by id, a reminder
     * run): the day of every council zone. The zones share it today; should they ever part, the earliest is taken,
     * so that nothing is judged overdue or ended before its own council's day is over.
     */
    public static LocalDate todayOfEveryCouncil(TimeSource time) {
        Instant now = time.now();
        return Stream.of(COPENHAGEN, STOCKHOLM).map(zone -> LocalDate.ofInstant(now, zone))
                .min(LocalDate::compareTo).orElseThrow();
    }
}
