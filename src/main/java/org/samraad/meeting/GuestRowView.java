package org.samraad.meeting;

/**
 * One guest's row. The data values let the inline editor send the guest back unchanged; they are empty for
 * readers who may not see who the guest is.
 *
 * @param userKey the guest's Confluence user key, or ""
 * @param storedName the stored name of a guest without an account, or ""
 * @param organisationId the organisation's id as text, or ""
 */
public record GuestRowView(String name, String organisation, String userKey, String storedName, String organisationId) {}
