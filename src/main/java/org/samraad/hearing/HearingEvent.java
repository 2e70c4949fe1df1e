package org.samraad.hearing;

import java.time.Instant;
import org.samraad.platform.rest.Iso8601;

/** One recorded step of a hearing's workflow: from which status to which, who (display name), when and why. */
public record HearingEvent(HearingStatus from, HearingStatus to, @Iso8601 Instant at, String by, String note) {}
