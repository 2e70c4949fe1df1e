package org.samraad.communication;

import java.time.Instant;
import org.samraad.platform.rest.Iso8601;

/**
 * One line of a meeting's dispatch log: who got what, when, or who could not be reached by e-mail.
 *
 * @param recipientName the member's or guest's name as insiders see it ("unknown" once erased)
 * @param audience the version of the agenda or minutes sent: INSIDER, OUTSIDER or PUBLIC
 */
public record DispatchLogEntry(DispatchKind kind, int sequence, String recipient, String recipientName,
        DispatchOutcome outcome, String audience, @Iso8601 Instant dispatchedAt) {}
