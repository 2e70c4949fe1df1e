package org.samraad.meeting;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where a {@link MeetingContext} keeps its meeting's approved minutes once read, so the parts of one page or reply
 * (agenda, follow-up list, attendance) share one statement. Lives as long as the context: one request. The context's
 * own statement says whether the meeting has a snapshot at all, so a meeting without one costs no statement here.
 * Not part of the context's value: any two slots are equal.
 */
public final class ApprovedMinutesSlot {
    private final boolean known;
    private final Integer newest;
    private Optional<MinutesSnapshots.Snapshot> snapshot;

    private ApprovedMinutesSlot(boolean known, Integer newest) {
        this.known = known;
        this.newest = newest;
    }

    /** @param newest the newest snapshot's sequence number as the context's statement found it, or null: none */
    static ApprovedMinutesSlot of(Integer newest) {
        return new ApprovedMinutesSlot(true, newest);
    }

    /** For a context built without that knowledge: the newest snapshot is looked up when asked for. */
    static ApprovedMinutesSlot unknown() {
        return new ApprovedMinutesSlot(false, null);
    }

    /** The newest snapshot's sequence when known; empty when it is known that there is none. */
    Optional<Optional<Integer>> newest() {
        return known ? Optional.of(Optional.ofNullable(newest)) : Optional.empty();
    }

    synchronized Optional<MinutesSnapshots.Snapshot> get(Supplier<Optional<MinutesSnapshots.Snapshot>> read) {
        if (snapshot == null) {
            snapshot = read.get();
        }
        return snapshot;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApprovedMinutesSlot;
    }

    @Override
    public int hashCode() {
        return 0;
    }
}
