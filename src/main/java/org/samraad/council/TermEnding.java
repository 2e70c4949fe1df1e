package org.samraad.council;

import java.time.LocalDate;
import org.samraad.platform.rest.Iso8601;

/**
 * A serving member whose term runs out soon, so the secretariat can start finding a successor. Carries only the
 * member's id: names go through the member list, which applies the visibility rules.
 */
public record TermEnding(int memberId, Integer seatId, MemberRole role, @Iso8601 LocalDate termEnd, int daysLeft) {}
