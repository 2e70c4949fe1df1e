package org.samraad.hearing;

import java.time.Instant;
import org.samraad.platform.rest.Iso8601;

/**
 * One recorded step of a hearing: from which status to which, who (display name, by the member list's rule), when and
 * why; or a change of the responsible person or the deadline (then from and to are the status it happened in).
 *
 * @param kind STEP (a status transition), RESPONSIBLE (the responsible person changed; who became responsible is
 *     not recorded here, the hearing shows the current one) or DEADLINE (the deadline moved)
 * @param detail for DEADLINE the old and new day as an ISO 8601 interval ("2026-12-01/2026-12-15", ".." for none);
 *     null otherwise
 */
public record HearingEvent(HearingStatus from, HearingStatus to, @Iso8601 Instant at, String by, String note,
        String kind, String detail) {

    public static final String STEP = "STEP";
    public static final String RESPONSIBLE = "RESPONSIBLE";
    public static final String DEADLINE = "DEADLINE";

    /** A status transition (the first one, from nothing, is the hearing's intake). */
    public HearingEvent(HearingStatus from, HearingStatus to, Instant at, String by, String note) {
        this(from, to, at, by, note, STEP, null);
    }
}
