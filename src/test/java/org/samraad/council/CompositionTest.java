package org.samraad.council;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** The composition rules on plain values: what fills a seat, what counts as a vacancy and a term ending soon. */
public class CompositionTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Seat USERS = seat(1, SeatGroup.USER, 2);
    private static final Seat STAFF = seat(2, SeatGroup.STAFF, 1);
    private int nextId = 100;

    @Test
    public void servingChairsViceChairsAndMembersFillSeatsAndTheRestAreVacant() {
        Composition c = Composition.of(List.of(USERS, STAFF), List.of(
                member(MemberRole.CHAIR, 1, null, null),
                member(MemberRole.VICE_CHAIR, 2, null, null)), TODAY);

        assertEquals(List.of(
                new SeatStatus(1, SeatGroup.USER, "USER", null, null, 2, 1, 1),
                new SeatStatus(2, SeatGroup.STAFF, "STAFF", null, null, 1, 1, 0)), c.seats());
        assertEquals(3, c.required());
        assertEquals(2, c.filled());
        assertEquals(1, c.vacancies());
        assertFalse(c.complete());
    }

    @Test
    public void substitutesSecretariesAndObserversDoNotFillSeats() {
        Composition c = Composition.of(List.of(STAFF), List.of(
                member(MemberRole.SUBSTITUTE, 2, null, null),
                member(MemberRole.SECRETARY, 2, null, null),
                member(MemberRole.OBSERVER, 2, null, null)), TODAY);

        assertEquals(0, c.seats().get(0).filled());
        assertEquals(1, c.vacancies());
    }

    @Test
    public void membersWhoseTermEndedHasNotBegunOrWhoAreAnonymisedDoNotFillSeats() {
        MemberRow anonymised = withAnonymisedAt(member(MemberRole.MEMBER, 2, null, null));
        Composition c = Composition.of(List.of(STAFF), List.of(
                member(MemberRole.MEMBER, 2, TODAY.minusYears(2), TODAY.minusDays(1)),
                member(MemberRole.MEMBER, 2, TODAY.plusDays(1), null),
                anonymised), TODAY);

        assertEquals(0, c.seats().get(0).filled());
    }

    @Test
    public void aTermEndingTodayOrStartingTodayIsServing() {
        Composition c = Composition.of(List.of(USERS), List.of(
                member(MemberRole.MEMBER, 1, null, TODAY),
                member(MemberRole.MEMBER, 1, TODAY, null)), TODAY);

        assertEquals(2, c.seats().get(0).filled());
        assertTrue(c.complete());
    }

    @Test
    public void anOverFilledSeatHasNoVacanciesAndDoesNotHideAnotherSeatsVacancy() {
        Composition c = Composition.of(List.of(USERS, STAFF), List.of(
                member(MemberRole.MEMBER, 2, null, null),
                member(MemberRole.MEMBER, 2, null, null),
                member(MemberRole.MEMBER, 2, null, null)), TODAY);

        SeatStatus staff = c.seats().get(1);
        assertEquals(3, staff.filled());
        assertEquals(0, staff.vacancies());
        assertTrue(staff.overFilled());
        assertEquals(2, c.vacancies());
        assertEquals("filled counts seats, not people", 1, c.filled());
        assertFalse(c.complete());
    }

    @Test
    public void termsEndingWithinNinetyDaysAreListedSoonestFirst() {
        MemberRow inNinety = member(MemberRole.MEMBER, 1, null, TODAY.plusDays(90));
        MemberRow today = member(MemberRole.SUBSTITUTE, 1, null, TODAY);
        MemberRow inNinetyOne = member(MemberRole.MEMBER, 1, null, TODAY.plusDays(91));
        MemberRow ended = member(MemberRole.MEMBER, 1, null, TODAY.minusDays(1));
        MemberRow openEnded = member(MemberRole.CHAIR, 1, null, null);

        Composition c = Composition.of(List.of(USERS), List.of(inNinety, today, inNinetyOne, ended, openEnded), TODAY);

        assertEquals(90, Composition.TERM_ENDING_WITHIN_DAYS);
        assertEquals(90, c.termEndingWithinDays());
        assertEquals(List.of(
                new TermEnding(today.id(), 1, MemberRole.SUBSTITUTE, TODAY, 0),
                new TermEnding(inNinety.id(), 1, MemberRole.MEMBER, TODAY.plusDays(90), 90)), c.termsEndingSoon());
    }

    @Test
    public void aCouncilWithoutSeatsIsNotComplete() {
        Composition c = Composition.of(List.of(), List.of(member(MemberRole.MEMBER, null, null, null)), TODAY);

        assertEquals(0, c.required());
        assertFalse(c.complete());
        assertEquals(TODAY, c.date());
    }

    @Test
    public void membersWithoutASeatOrInAnUnknownSeatFillNothing() {
        Composition c = Composition.of(List.of(STAFF), List.of(
                member(MemberRole.MEMBER, null, null, null),
                member(MemberRole.MEMBER, 99, null, null)), TODAY);

        assertEquals(0, c.filled());
    }

    static Seat seat(int id, SeatGroup group, int required) {
        return new Seat(id, 1, group, group.name(), required, null, null, id, 0);
    }

    private MemberRow member(MemberRole role, Integer seatId, LocalDate start, LocalDate end) {
        return row(nextId++, role, seatId, start, end);
    }

    static MemberRow row(int id, MemberRole role, Integer seatId, LocalDate start, LocalDate end) {
        return new MemberRow(id, 1, null, "Medlem " + id, role, seatId, null, null, null, start, end, false, true,
                null, null, null, null, null, 0);
    }

    static MemberRow withAnonymisedAt(MemberRow r) {
        return new MemberRow(r.id(), r.councilId(), null, null, r.role(), r.seatId(), null, null, null, r.termStart(),
                r.termEnd(), false, false, null, null, null, null, Instant.parse("2026-01-01T00:00:00Z"), r.version());
    }

    static List<MemberRow> rows(MemberRow... rows) {
        return new ArrayList<>(List.of(rows));
    }
}
