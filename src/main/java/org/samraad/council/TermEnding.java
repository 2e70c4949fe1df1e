package org.samraad.council;

import java.time.LocalDate;

/**
 * A serving member whose term runs out soon, so the secretariat can start finding a successor. Carries only the
 * member's id: names go through the member list, which applies the visibility rules.
 */
public record TermEnding(int memberId, Integer seatId, MemberRole role, LocalDate termEnd, int daysLeft) {}
