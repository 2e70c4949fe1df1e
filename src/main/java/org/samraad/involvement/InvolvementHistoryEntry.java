package org.samraad.involvement;

import java.time.Instant;
import org.samraad.platform.rest.Iso8601;

/**
 * One change to an actor as the caller may see it: who by the member list's naming rule. A change of contact person
 * carries no values.
 *
 * @param field "created", or the changed field as the API names it
 */
public record InvolvementHistoryEntry(@Iso8601 Instant at, String by, String field, String from, String to) {}
