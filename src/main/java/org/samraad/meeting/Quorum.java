package org.samraad.meeting;

import java.util.List;

/**
 * Whether a meeting can decide: at least half of the voting members present, a substitute who came for an absent
 * member counting for that member. Voting members are the serving members whose role fills a seat (chair, vice
 * chair, member); substitutes in their own right, the secretariat and observers do not count. A council without
 * voting members is never quorate.
 *
 * @param members the voting members serving on the meeting's date
 * @param present of those, how many took their seat (themselves or through a substitute)
 * @param substitutes of {@code present}, how many seats a substitute took
 * @param required the least number present for a quorum: half of {@code members}, rounded up
 */
public record Quorum(int members, int present, int substitutes, int required, boolean quorate) {

    public static Quorum of(int members, int present, int substitutes) {
        int required = (members + 1) / 2;
        return new Quorum(members, present, substitutes, required, members > 0 && present >= required);
    }

    /** Counted from the member lines of an attendance list (guest lines carry no role and are ignored). */
    public static Quorum of(List<AttendanceLine> lines) {
        int members = 0;
        int present = 0;
        int substitutes = 0;
        for (AttendanceLine line : lines) {
            if (line.role() == null || !line.role().fillsSeat()) {
                continue;
            }
            members++;
            if (line.status() != null && line.status().seatTaken()) {
                present++;
            }
            if (line.status() == AttendanceStatus.SUBSTITUTE_ATTENDED) {
                substitutes++;
            }
        }
        return of(members, present, substitutes);
    }
}
