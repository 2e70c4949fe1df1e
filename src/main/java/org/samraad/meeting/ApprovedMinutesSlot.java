package org.samraad.meeting;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where a {@link MeetingContext} keeps its meeting's approved minutes once read, so the parts of one page or reply
 * (agenda, follow-up list, attendance) share one statement. Lives as long as the context: one request.
 * Not part of the context's value: any two slots are equal.
 */
public final class ApprovedMinutesSlot {
    private Optional<MinutesSnapshots.Snapshot> snapshot;

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
