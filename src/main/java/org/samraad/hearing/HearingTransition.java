package org.samraad.hearing;

/**
 * A request to move a hearing on in its workflow.
 *
 * @param to the target status; only the ones in the hearing's {@code next} are allowed
 * @param note why; required when declining (the reason is part of the record)
 * @param submittedOn with SUBMITTED: the day the answer went to the issuer (ISO date; default today)
 * @param version the version the client read
 */
public record HearingTransition(String to, String note, String submittedOn, Integer version) {}
