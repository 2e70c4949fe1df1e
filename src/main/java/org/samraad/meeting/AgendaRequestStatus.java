package org.samraad.meeting;

/** Where a member's request for an agenda item stands: submitted, then accepted, declined, or withdrawn. */
public enum AgendaRequestStatus {
    SUBMITTED,
    ACCEPTED,
    DECLINED,
    WITHDRAWN;

    /** The secretariat has decided, or the requester has withdrawn: nothing changes any more. */
    public boolean isSettled() {
        return this != SUBMITTED;
    }
}
