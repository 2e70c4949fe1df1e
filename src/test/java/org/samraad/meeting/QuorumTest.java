package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.samraad.council.MemberRole;

/** The quorum arithmetic: at least half of the voting members present, a substitute counting for the member. */
public class QuorumTest {

    @Test
    public void anEvenCouncilNeedsExactlyHalf() {
        assertEquals(new Quorum(12, 6, 0, 6, true), Quorum.of(12, 6, 0));
        assertEquals(new Quorum(12, 5, 0, 6, false), Quorum.of(12, 5, 0));
        assertEquals(new Quorum(2, 1, 0, 1, true), Quorum.of(2, 1, 0));
    }

    @Test
    public void anOddCouncilNeedsHalfRoundedUp() {
        assertEquals(new Quorum(7, 4, 0, 4, true), Quorum.of(7, 4, 0));
        assertEquals(new Quorum(7, 3, 0, 4, false), Quorum.of(7, 3, 0));
        assertEquals(new Quorum(1, 1, 0, 1, true), Quorum.of(1, 1, 0));
        assertEquals(new Quorum(1, 0, 0, 1, false), Quorum.of(1, 0, 0));
    }

    @Test
    public void aCouncilWithoutVotingMembersIsNeverQuorate() {
        assertEquals(new Quorum(0, 0, 0, 0, false), Quorum.of(0, 0, 0));
        assertFalse(Quorum.of(List.of(line(MemberRole.SECRETARY, AttendanceStatus.PRESENT))).quorate());
    }

    @Test
    public void aSubstituteWhoCameForAnAbsentMemberCountsForThatMember() {
        List<AttendanceLine> lines = new ArrayList<>();
        lines.add(line(MemberRole.CHAIR, AttendanceStatus.PRESENT));
        lines.add(line(MemberRole.VICE_CHAIR, AttendanceStatus.SUBSTITUTE_ATTENDED));
        lines.add(line(MemberRole.MEMBER, AttendanceStatus.APOLOGIES));
        lines.add(line(MemberRole.MEMBER, AttendanceStatus.ABSENT));
        assertEquals(new Quorum(4, 2, 1, 2, true), Quorum.of(lines));
        lines.add(line(MemberRole.MEMBER, null));
        assertEquals("nothing recorded is not present", new Quorum(5, 2, 1, 3, false), Quorum.of(lines));
    }

    @Test
    public void onlyRolesThatFillASeatVoteAndGuestsNeverCount() {
        List<AttendanceLine> lines = List.of(
                line(MemberRole.MEMBER, AttendanceStatus.PRESENT),
                line(MemberRole.MEMBER, AttendanceStatus.APOLOGIES),
                line(MemberRole.MEMBER, AttendanceStatus.APOLOGIES),
                line(MemberRole.SUBSTITUTE, AttendanceStatus.PRESENT),
                line(MemberRole.SECRETARY, AttendanceStatus.PRESENT),
                line(MemberRole.OBSERVER, AttendanceStatus.PRESENT),
                line(null, AttendanceStatus.GUEST),
                line(null, AttendanceStatus.GUEST));
        Quorum quorum = Quorum.of(lines);
        assertEquals(new Quorum(3, 1, 0, 2, false), quorum);
    }

    @Test
    public void twelveMembersWithSixPresentAndOneSubstituteAreQuorate() {
        List<AttendanceLine> lines = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            lines.add(line(MemberRole.MEMBER, i < 6 ? AttendanceStatus.PRESENT
                    : i == 6 ? AttendanceStatus.SUBSTITUTE_ATTENDED : AttendanceStatus.APOLOGIES));
        }
        Quorum quorum = Quorum.of(lines);
        assertEquals(7, quorum.present());
        assertEquals(1, quorum.substitutes());
        assertTrue(quorum.quorate());
    }

    private static AttendanceLine line(MemberRole role, AttendanceStatus status) {
        return new AttendanceLine(role == null ? null : 1, null, "N", "N", false, role, null, null, status, null, null, null);
    }
}
