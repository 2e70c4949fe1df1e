package org.samraad.council;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.samraad.council.MemberData.ADMIN;
import static org.samraad.council.MemberData.person;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;
import org.samraad.platform.ValidationException;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.TestPlugin;
import org.samraad.testing.Race;

/**
 * Members added at the same moment, each in its own transaction, keep the council's rules: the check and the
 * write run under a lock of the council row. Each round starts its contenders together at a barrier.
 */
public class MemberRaceTest extends AoTestSupport {
    private static final int ROUNDS = 25;
    private static final int CONTENDERS = 3;

    private MemberData bed;
    private TestPlugin plugin;
    private MemberService members;
    private Council council;

    @Before
    public void setUp() {
        plugin = MemberData.people(plugin()).start();
        bed = new MemberData(plugin, ao);
        bed.actAs(ADMIN);
        members = plugin.get(MemberService.class);
        council = bed.council("UDS", "Udsatterådet Nordby");
    }

    @Test
    @NonTransactional
    public void membersAddedAtOnceNeverOverFillASeat() {
        int overFilled = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Seat seat = bed.seat(council, "USER", "Plads " + round, 1);
            int r = round;
            List<Object> outcomes = Race.run(CONTENDERS, i -> members.create(council.id(),
                    person("Person " + r + "-" + i, "MEMBER", seat, null, null)));
            assertOneWinnerTheRestRefused(outcomes);
            if (membersBy(m -> m.getSeatId()).getOrDefault(seat.id(), 0L) > 1) {
                overFilled++;
            }
        }
        assertEquals("rounds with an over-filled seat", 0, overFilled);
    }

    @Test
    @NonTransactional
    public void chairsElectedAtOnceNeverMakeTwoChairs() {
        int doubleChairs = 0;
        for (int round = 0; round < ROUNDS; round++) {
            // each round's terms are a year of their own, so the rounds do not meet
            LocalDate start = LocalDate.of(2030 + round, 1, 1);
            List<Object> outcomes = Race.run(CONTENDERS, i -> members.create(council.id(),
                    person("Formand " + start.getYear() + "-" + i, "CHAIR", null, start, start.plusYears(1).minusDays(1))));
            assertOneWinnerTheRestRefused(outcomes);
            if (membersBy(m -> "CHAIR".equals(m.getRole()) ? m.getTermStart().toString() : null)
                    .values().stream().anyMatch(n -> n > 1)) {
                doubleChairs++;
            }
        }
        assertEquals("rounds with two or more chairs", 0, doubleChairs);
    }

    private <K> Map<K, Long> membersBy(java.util.function.Function<MemberEntity, K> key) {
        return Arrays.stream(ao.find(MemberEntity.class, "COUNCIL_ID = ?", council.id()))
                .map(key).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(k -> k, Collectors.counting()));
    }

    static void assertOneWinnerTheRestRefused(List<Object> outcomes) {
        for (Object outcome : outcomes) {
            assertTrue("a loser is refused with a field error, not an error: " + outcome,
                    !(outcome instanceof Throwable) || outcome instanceof ValidationException);
        }
    }
}
