package org.samraad.meeting;

import java.time.ZoneId;

/**
 * The time zone a council's meetings happen in. Councils are Danish or Swedish municipal bodies, so the council's
 * language decides: Swedish councils meet on Stockholm time, all others on Copenhagen time (the two zones agree
 * today, but calendar feeds name the zone, and they need not agree forever).
 */
public final class CouncilZone {
    public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private CouncilZone() {}

    public static ZoneId forLocale(String councilLocale) {
        return "sv".equals(councilLocale) ? STOCKHOLM : COPENHAGEN;
    }
}
