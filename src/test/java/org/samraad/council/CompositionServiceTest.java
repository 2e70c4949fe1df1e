package org.samraad.council;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.samraad.council.MemberData.READER;
import static org.samraad.council.MemberData.TODAY;
import static org.samraad.testing.Refusals.expect;

import java.util.List;
import org.junit.Before;
import org.junit.Test;
import org.samraad.platform.NotFoundException;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.TestPlugin;

/**
 * The composition of a council built like the Ishøj udsatteråd (seed 003): 2 politicians, 2 users, one member each
 * from two user organisations, 3 staff and the head of citizen and social services. All names are invented.
 */
public class CompositionServiceTest extends AoTestSupport {
    private MemberData bed;
    private TestPlugin plugin;
    private CompositionService compositions;
    private Council council;
    private Seat political;
    private Seat users;
    private Seat mentalHealthOrg;
    private Seat addictionOrg;
    private Seat staff;
    private Seat manager;

    @Before
    public void setUp() {
        plugin = MemberData.people(plugin()).start();
        bed = new MemberData(plugin, ao);
        compositions = plugin.get(CompositionService.class);
        council = bed.council("UDS", "Udsatterådet Nordby");
        int sindetsStemme = bed.organisation("Sindets Stemme Nordby", "UDS");
        int aedruFaellesskab = bed.organisation("Ædru Fællesskab", "UDS");
        political = bed.seat(council, "POLITICAL", "Det politiske niveau", 2);
        users = bed.seat(council, "USER", "Brugere", 2);
        mentalHealthOrg = bed.seat(council, "USER_ORGANISATION", null, 1, sindetsStemme);
        addictionOrg = bed.seat(council, "USER_ORGANISATION", null, 1, aedruFaellesskab);
        staff = bed.seat(council, "STAFF", "Medarbejdere (botilbud, socialpsykiatri, sundhed og ældre)", 3);
        manager = bed.seat(council, "MANAGEMENT", "Centerchef, Borger- og Socialservice", 1);
    }

    @Test
    public void theIshoejCompositionShowsItsVacanciesAndTheTermEndingSoon() {
        bed.named(council, "Birthe Byrådsmedlem", "CHAIR", political, TODAY.minusYears(1), null);
        bed.named(council, "Peter Politiker", "MEMBER", political, TODAY.minusYears(1), null);
        bed.named(council, "Ulla Bruger", "VICE_CHAIR", users, TODAY.minusYears(1), null);
        bed.named(council, "Susanne Suppleant", "SUBSTITUTE", users, TODAY.minusYears(1), null);
        bed.named(council, "Tidligere Bruger", "MEMBER", users, TODAY.minusYears(3), TODAY.minusDays(10));
        bed.named(council, "Sofus fra Sindets Stemme", "MEMBER", mentalHealthOrg, null, null);
        bed.named(council, "Kommende fra Ædru Fællesskab", "MEMBER", addictionOrg, TODAY.plusDays(14), null);
        bed.named(council, "Bo fra botilbuddet", "MEMBER", staff, null, null);
        Member soon = bed.named(council, "Signe fra socialpsykiatrien", "MEMBER", staff, null, TODAY.plusDays(30));
        bed.named(council, "Hans fra Sundhed og Ældre", "MEMBER", staff, null, TODAY.plusDays(120));
        bed.named(council, "Centerchef Carla", "MEMBER", manager, null, null);
        bed.named(council, "Sekretær Sara", "SECRETARY", null, null, TODAY.plusDays(60));

        bed.actAs(null);
        Composition c = compositions.of(council.id());

        assertEquals(6, c.seats().size());
        assertEquals(10, c.required());
        assertEquals(8, c.filled());
        assertEquals(2, c.vacancies());
        assertFalse(c.complete());
        assertEquals(List.of(2, 2, 1, 1, 3, 1), c.seats().stream().map(SeatStatus::required).toList());
        assertEquals(List.of(2, 1, 1, 0, 3, 1), c.seats().stream().map(SeatStatus::filled).toList());
        assertEquals(List.of(0, 1, 0, 1, 0, 0), c.seats().stream().map(SeatStatus::vacancies).toList());
        assertEquals("Sindets Stemme Nordby", c.seats().get(2).organisationName());
        assertEquals(TODAY, c.date());
        assertEquals(90, c.termEndingWithinDays());
        assertEquals(2, c.termsEndingSoon().size());
        TermEnding first = c.termsEndingSoon().get(0);
        assertEquals(soon.id(), first.memberId());
        assertEquals(Integer.valueOf(staff.id()), first.seatId());
        assertEquals(30, first.daysLeft());
        assertEquals(MemberRole.SECRETARY, c.termsEndingSoon().get(1).role());
    }

    @Test
    public void fillingTheVacanciesMakesTheCouncilComplete() {
        bed.named(council, "Birthe", "CHAIR", political, null, null);
        bed.named(council, "Peter", "MEMBER", political, null, null);
        bed.named(council, "Ulla", "VICE_CHAIR", users, null, null);
        bed.named(council, "Ib", "MEMBER", users, null, null);
        bed.named(council, "Sofus", "MEMBER", mentalHealthOrg, null, null);
        bed.named(council, "Bo", "MEMBER", staff, null, null);
        bed.named(council, "Signe", "MEMBER", staff, null, null);
        bed.named(council, "Hans", "MEMBER", staff, null, null);
        bed.named(council, "Carla", "MEMBER", manager, null, null);
        assertFalse(compositions.of(council.id()).complete());

        bed.named(council, "Aksel", "MEMBER", addictionOrg, TODAY, null);

        Composition c = compositions.of(council.id());
        assertTrue(c.complete());
        assertEquals(10, c.filled());
        assertEquals(0, c.vacancies());
    }

    @Test
    public void aCouncilWithoutSeatsIsNeitherCompleteNorVacant() {
        Council empty = bed.council("INT", "Tomt råd");

        Composition c = compositions.of(empty.id());

        assertFalse(c.complete());
        assertEquals(0, c.vacancies());
        assertEquals(List.of(), c.seats());
    }

    @Test
    public void anyoneWhoCanViewTheSpaceReadsTheCompositionOthersGetNotFound() {
        Council internal = bed.council("INT", "Internt råd");
        bed.actAs(READER);

        assertEquals(10, compositions.of(council.id()).required());
        expect(NotFoundException.class, () -> compositions.of(internal.id()));
        expect(NotFoundException.class, () -> compositions.of(424_242));
    }

    @Test
    public void theCompositionCostsAtMostThreeStatements() throws Exception {
        for (int i = 0; i < 500; i++) {
            bed.row(council, "Medlem " + i, "MEMBER", i % 2 == 0 ? staff.id() : users.id(), null,
                    i % 10 == 0 ? TODAY.plusDays(i % 100) : null, true);
        }
        ao.flushAll();
        bed.actAs(null);

        sql.assertAtMost(3, () -> assertEquals(50, compositions.of(council.id()).termsEndingSoon().size()));
    }
}
