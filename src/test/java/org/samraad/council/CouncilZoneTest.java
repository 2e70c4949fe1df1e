package org.samraad.council;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.Test;

public class CouncilZoneTest {
    private static final Instant HALF_PAST_MIDNIGHT_IN_COPENHAGEN = Instant.parse("2026-11-22T23:30:00Z");

    @Test
    public void theCouncilsTodayIsTheDayOnItsOwnWallClockNotTheServersUtcDay() {
        assertEquals(LocalDate.of(2026, 11, 23), CouncilZone.today(HALF_PAST_MIDNIGHT_IN_COPENHAGEN, "da"));
        assertEquals(LocalDate.of(2026, 11, 23), CouncilZone.today(HALF_PAST_MIDNIGHT_IN_COPENHAGEN, "sv"));
        assertEquals("a council without a language meets on Copenhagen time",
                LocalDate.of(2026, 11, 23), CouncilZone.today(() -> HALF_PAST_MIDNIGHT_IN_COPENHAGEN, (String) null));
        assertEquals(LocalDate.of(2026, 11, 22), CouncilZone.today(Instant.parse("2026-11-22T22:59:59Z"), "da"));
    }

    @Test
    public void inSummerTheCouncilsDayBeginsTwoHoursBeforeUtcs() {
        assertEquals(LocalDate.of(2026, 7, 2), CouncilZone.today(Instant.parse("2026-07-01T22:00:00Z"), "da"));
        assertEquals(LocalDate.of(2026, 7, 1), CouncilZone.today(Instant.parse("2026-07-01T21:59:59Z"), "sv"));
    }

    @Test
    public void aStatementAcrossCouncilsUsesTheDayOfEveryCouncilZone() {
        assertEquals(LocalDate.of(2026, 11, 23), CouncilZone.todayOfEveryCouncil(() -> HALF_PAST_MIDNIGHT_IN_COPENHAGEN));
    }
}
