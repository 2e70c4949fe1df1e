package org.samraad.council;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Test;
import org.samraad.council.MemberRules.Candidate;

public class MemberRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Seat ONE_PLACE = CompositionTest.seat(7, SeatGroup.MANAGEMENT, 1);

    @Test
    public void aSecondChairInOfficeAtTheSameTimeIsRefusedOnTheRoleField() {
        List<MemberRow> rows = List.of(CompositionTest.row(1, MemberRole.CHAIR, null, null, null));

        assertEquals(Set.of("role|samraad.member.error.chair-taken"),
                check(new Candidate(null, MemberRole.CHAIR, null, new Term(null, null)), null, rows, null, false));
        assertEquals(Set.of("role|samraad.member.error.vice-chair-taken"), check(
                new Candidate(null, MemberRole.VICE_CHAIR, null, new Term(null, null)), null,
                List.of(CompositionTest.row(1, MemberRole.VICE_CHAIR, null, null, null)), null, false));
    }

    @Test
    public void theNextChairMayBeRegisteredForTheDayAfterTheOutgoingChairsTermEnds() {
        List<MemberRow> rows = List.of(CompositionTest.row(1, MemberRole.CHAIR, null, null, TODAY.plusDays(40)));

        assertEquals(Set.of(), check(new Candidate(null, MemberRole.CHAIR, null,
                new Term(TODAY.plusDays(41), null)), null, rows, null, false));
        assertEquals(Set.of("role|samraad.member.error.chair-taken"), check(new Candidate(null, MemberRole.CHAIR, null,
                new Term(TODAY.plusDays(40), null)), null, rows, null, false));
    }

    @Test
    public void historyIsNotPoliced() {
        List<MemberRow> rows = List.of(CompositionTest.row(1, MemberRole.CHAIR, null, TODAY.minusYears(4), TODAY.minusYears(2)));

        assertEquals("a former chair does not block a new one", Set.of(),
                check(new Candidate(null, MemberRole.CHAIR, null, new Term(null, null)), null, rows, null, false));
        assertEquals("registering a past chair next to a serving one is allowed", Set.of(), check(
                new Candidate(null, MemberRole.CHAIR, null, new Term(TODAY.minusYears(3), TODAY.minusYears(1))), null,
                List.of(CompositionTest.row(1, MemberRole.CHAIR, null, null, null)), null, false));
    }

    @Test
    public void aFullSeatIsRefusedOnTheSeatFieldUnlessOverFillingIsConfirmed() {
        List<MemberRow> rows = List.of(CompositionTest.row(1, MemberRole.MEMBER, 7, null, null));
        Candidate another = new Candidate(null, MemberRole.MEMBER, 7, new Term(null, null));

        assertEquals(Set.of("seatId|samraad.member.error.seat-full"), check(another, null, rows, ONE_PLACE, false));
        assertEquals(Set.of(), check(another, null, rows, ONE_PLACE, true));
        assertEquals("a substitute does not take a place", Set.of(),
                check(new Candidate(null, MemberRole.SUBSTITUTE, 7, new Term(null, null)), null, rows, ONE_PLACE, false));
        assertEquals("a successor from the day after", Set.of(), check(new Candidate(null, MemberRole.MEMBER, 7,
                new Term(TODAY.plusDays(10), null)), null,
                List.of(CompositionTest.row(1, MemberRole.MEMBER, 7, null, TODAY.plusDays(9))), ONE_PLACE, false));
    }

    @Test
    public void editingAMemberWithoutChangingRoleSeatOrTermChecksNothing() {
        MemberRow first = CompositionTest.row(1, MemberRole.CHAIR, 7, null, null);
        MemberRow second = CompositionTest.row(2, MemberRole.CHAIR, 7, null, null);
        List<MemberRow> rows = List.of(first, second);

        assertEquals(Set.of(), check(new Candidate(2, MemberRole.CHAIR, 7, new Term(null, null)), second, rows, ONE_PLACE, false));
        assertEquals(Set.of("role|samraad.member.error.chair-taken", "seatId|samraad.member.error.seat-full"),
                check(new Candidate(2, MemberRole.CHAIR, 7, new Term(null, TODAY.plusYears(1))), second, rows, ONE_PLACE, false));
    }

    @Test
    public void aMemberDoesNotCompeteWithItselfNorWithAnonymisedRows() {
        MemberRow self = CompositionTest.row(1, MemberRole.CHAIR, 7, null, null);
        MemberRow gone = CompositionTest.withAnonymisedAt(CompositionTest.row(2, MemberRole.CHAIR, 7, null, null));

        assertEquals(Set.of(), check(new Candidate(1, MemberRole.CHAIR, 7, new Term(null, TODAY.plusDays(3))), self,
                List.of(self, gone), ONE_PLACE, false));
    }

    private static Set<String> check(Candidate candidate, MemberRow stored, List<MemberRow> rows, Seat seat, boolean confirmed) {
        return MemberRules.check(candidate, stored, rows, seat, confirmed, TODAY).stream()
                .map(e -> e.field() + "|" + e.messageKey()).collect(Collectors.toSet());
    }
}
