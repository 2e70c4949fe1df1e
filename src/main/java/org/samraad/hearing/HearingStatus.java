package org.samraad.hearing;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where the council's answer to a hearing stands: received → drafting → council review → approved → submitted, or
 * declined (the council chose not to answer, with a reason). Review can send a draft back; an approved response
 * can be reopened for drafting until it is submitted; a declined hearing can be taken up again. Submitted is final:
 * what follows is the follow-up (what the city did with the answer), not a status.
 */
public enum HearingStatus {
    RECEIVED,
    DRAFTING,
    COUNCIL_REVIEW,
    APPROVED,
    SUBMITTED,
    DECLINED;

    public Set<HearingStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(DRAFTING, DECLINED);
            case DRAFTING -> EnumSet.of(COUNCIL_REVIEW, DECLINED);
            case COUNCIL_REVIEW -> EnumSet.of(APPROVED, DRAFTING, DECLINED);
            case APPROVED -> EnumSet.of(SUBMITTED, DRAFTING);
            case SUBMITTED -> EnumSet.noneOf(HearingStatus.class);
            case DECLINED -> EnumSet.of(RECEIVED);
        };
    }

    public boolean canMoveTo(HearingStatus target) {
        return next().contains(target);
    }

    /**
     * The council approved its response (with minutes or in review), so the response, its dissent and its easy-read
     * summary are a record that no longer changes; reopening for drafting (from approved) makes it a draft again.
     */
    public boolean responseFrozen() {
        return this == APPROVED || this == SUBMITTED;
    }

    /** Still waiting for the council's answer: the deadline matters. */
    public boolean isOpen() {
        return this != SUBMITTED && this != DECLINED;
    }
}
