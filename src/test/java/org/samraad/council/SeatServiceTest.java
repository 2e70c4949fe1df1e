package org.samraad.council;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.samraad.council.MemberData.ADMIN;
import static org.samraad.council.MemberData.EDITOR;
import static org.samraad.council.MemberData.READER;
import static org.samraad.council.MemberData.TODAY;
import static org.samraad.testing.Refusals.expect;
import static org.samraad.testing.Refusals.expectValidation;
import static org.samraad.council.MemberData.fields;

import java.util.List;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.ServiceException;
import org.samraad.platform.StaleVersionException;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.TestPlugin;

public class SeatServiceTest extends AoTestSupport {
    private MemberData bed;
    private TestPlugin plugin;
    private MemberService members;
    private SeatService seats;
    private Council council;

    @Before
    public void setUp() {
        plugin = MemberData.people(plugin()).start();
        bed = new MemberData(plugin, ao);
        members = plugin.get(MemberService.class);
        seats = plugin.get(SeatService.class);
        council = bed.council("UDS", "Udsatterådet Nordby");
    }

    @Test
    public void aSpaceEditorAddsSeatsThatListInTheOrderTheyWereAdded() {
        bed.actAs(EDITOR);
        Seat political = seats.create(council.id(), new SeatInput("political", "Valgt af byrådet", 2, null, null, null));
        Seat users = seats.create(council.id(), new SeatInput("USER", null, 2, null, null, null));
        Seat first = seats.create(council.id(), new SeatInput("MANAGEMENT", "Centerchef", 1, null, 0, null));

        assertEquals(SeatGroup.POLITICAL, political.group());
        assertEquals("Valgt af byrådet", political.label());
        assertEquals(2, political.requiredCount());
        assertEquals(0, political.version());
        assertNull("a blank label is no label", users.label());
        assertEquals(1, users.sortOrder());
        assertEquals("a seat placed at 0 follows the one already there", List.of(political.id(), first.id(), users.id()),
                seats.list(council.id()).stream().map(Seat::id).toList());
    }

    @Test
    public void aSeatReservedForAnOrganisationCarriesItsName() {
        int org = bed.organisation("Sindets Stemme", "UDS");

        Seat seat = bed.seat(council, "USER_ORGANISATION", null, 1, org);

        assertEquals(Integer.valueOf(org), seat.organisationId());
        assertEquals("Sindets Stemme", seat.organisationName());
        assertEquals("Sindets Stemme", seats.list(council.id()).get(0).organisationName());
    }

    @Test
    public void anOrganisationTheCallerCannotSeeOrThatDoesNotExistIsAFieldError() {
        int hidden = bed.organisation("Internt netværk", "INT");
        bed.actAs(EDITOR);

        assertEquals(Set.of("organisationId|samraad.seat.error.unknown-organisation"), fields(expectValidation(
                () -> seats.create(council.id(), new SeatInput("OTHER", null, 1, hidden, null, null)))));
        assertEquals(Set.of("organisationId|samraad.seat.error.unknown-organisation"), fields(expectValidation(
                () -> seats.create(council.id(), new SeatInput("OTHER", null, 1, 987_654, null, null)))));
    }

    @Test
    public void readersAndAnonymousSeeSeatsButMayNotChangeThem() {
        Seat seat = bed.seat(council, "STAFF", "Medarbejdere", 3);
        for (String caller : new String[] {READER, null}) {
            bed.actAs(caller);
            assertEquals(List.of(seat), seats.list(council.id()));
            expect(ForbiddenException.class, () -> seats.create(council.id(), new SeatInput("USER", null, 1, null, null, null)));
            expect(ForbiddenException.class, () -> seats.update(seat.id(), new SeatInput("USER", null, 1, null, null, 0)));
            expect(ForbiddenException.class, () -> seats.delete(seat.id()));
        }
        assertEquals(1, seats.list(council.id()).size());
    }

    @Test
    public void theSeatsOfACouncilInARestrictedSpaceAreNotFound() {
        Council internal = bed.council("INT", "Internt råd");
        Seat seat = bed.seat(internal, "STAFF", null, 1);
        bed.actAs(READER);

        expect(NotFoundException.class, () -> seats.list(internal.id()));
        expect(NotFoundException.class, () -> seats.update(seat.id(), new SeatInput("USER", null, 1, null, null, 0)));
        expect(NotFoundException.class, () -> seats.delete(seat.id()));
        expect(NotFoundException.class, () -> seats.list(999_999));
        expect(NotFoundException.class, () -> seats.delete(999_999));
    }

    @Test
    public void missingGroupUnknownGroupAndCountsOutOfRangeAreReportedTogether() {
        assertEquals(Set.of("group|samraad.error.required", "requiredCount|samraad.error.required"),
                fields(expectValidation(() -> seats.create(council.id(), new SeatInput(" ", null, null, null, null, null)))));
        assertEquals(Set.of("group|samraad.error.invalid-choice", "requiredCount|samraad.seat.error.out-of-range",
                        "sortOrder|samraad.seat.error.out-of-range"),
                fields(expectValidation(() -> seats.create(council.id(), new SeatInput("PARLIAMENT", null, 0, null, -1, null)))));
        assertEquals(Set.of("requiredCount|samraad.seat.error.out-of-range"),
                fields(expectValidation(() -> seats.create(council.id(), new SeatInput("USER", null, 101, null, null, null)))));
        expectValidation(() -> seats.create(council.id(), null));
        assertEquals(0, ao.count(SeatEntity.class));
    }

    @Test
    public void aLabelOfTenThousandCharactersIsRejectedAndHostileTextIsKeptAsText() {
        assertEquals(Set.of("label|samraad.error.too-long"), fields(expectValidation(
                () -> seats.create(council.id(), new SeatInput("USER", "x".repeat(10_000), 1, null, null, null)))));

        String hostile = "<script>alert('x')</script> \"Brugere\" & co";
        assertEquals(hostile, bed.seat(council, "USER", hostile, 1).label());
    }

    @Test
    public void anUpdateNeedsTheVersionReadAndAStaleOneIsRefused() {
        Seat seat = bed.seat(council, "STAFF", "Medarbejdere", 3);

        assertEquals(Set.of("version|samraad.error.required"), fields(expectValidation(
                () -> seats.update(seat.id(), new SeatInput("STAFF", "x", 3, null, null, null)))));
        Seat changed = seats.update(seat.id(), new SeatInput("STAFF", "Tre medarbejdere", 2, null, 5, 0));
        assertEquals(1, changed.version());
        assertEquals(2, changed.requiredCount());
        assertEquals(5, changed.sortOrder());

        ServiceException stale = expect(StaleVersionException.class,
                () -> seats.update(seat.id(), new SeatInput("STAFF", "Forældet", 9, null, null, 0)));
        assertEquals(409, stale.status());
        assertEquals("Tre medarbejdere", seats.list(council.id()).get(0).label());
    }

    @Test
    public void aSeatThatAServingMemberHoldsCannotBeDeleted() {
        Seat seat = bed.seat(council, "USER", "Brugere", 2);
        Member serving = bed.named(council, "Bo Bruger", "MEMBER", seat, null, null);

        ServiceException occupied = expect(SeatOccupiedException.class, () -> seats.delete(seat.id()));
        assertEquals(409, occupied.status());

        bed.actAs(ADMIN);
        members.update(serving.id(), new MemberInput(null, "Bo Bruger", "MEMBER", seat.id(), null, null,
                TODAY.minusYears(2), TODAY.minusDays(1), false, true, null, null, null, null, 0));
        seats.delete(seat.id());

        assertEquals(List.of(), seats.list(council.id()));
        assertNull("the former member keeps the row without the seat", members.get(serving.id()).seatId());
    }

    @Test
    public void aSubstituteOrAMemberAboutToStartAlsoHoldsTheSeat() {
        Seat seat = bed.seat(council, "USER", "Brugere", 2);
        bed.named(council, "Kommende", "MEMBER", seat, TODAY.plusDays(30), null);

        expect(SeatOccupiedException.class, () -> seats.delete(seat.id()));
    }

    @Test
    public void listingSeatsCostsAtMostThreeStatements() throws Exception {
        for (int i = 0; i < 60; i++) {
            bed.seat(council, "OTHER", "Plads " + i, 1, i % 2 == 0 ? bed.organisation("Org " + i, "UDS") : null);
        }
        ao.flushAll();
        bed.actAs(null);

        sql.assertAtMost(3, () -> assertEquals(60, seats.list(council.id()).size()));
    }

}
