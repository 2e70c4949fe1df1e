package org.samraad.action;

import java.time.Instant;
import org.samraad.platform.rest.Iso8601;

/**
 * One recorded change, newest first in a history.
 *
 * @param changedBy the display name of who made the change (the user's full name; a placeholder once the person
 *     was erased or the account removed)
 * @param field "created", or the changed field as the API names it (title, status, dueDate, ownerUserKey, …)
 * @param oldValue the value before, as text (dates ISO, status as its constant); user keys are shown as names
 */
public record ActionHistoryEntry(@Iso8601 Instant changedAt, String changedBy, String field, String oldValue, String newValue) {}
