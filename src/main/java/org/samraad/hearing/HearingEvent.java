package org.samraad.hearing;

import java.time.Instant;

/** One recorded step of a hearing's workflow: from which status to which, who (display name), when and why. */
public record HearingEvent(HearingStatus from, HearingStatus to, Instant at, String by, String note) {}
