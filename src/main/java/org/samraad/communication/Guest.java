package org.samraad.communication;

/**
 * A meeting's invited guest as one caller may see them: those who prepare the meeting see everything; others see
 * only guests who consented to publication, by name and organisation.
 *
 * @param email null when the caller may not see it or there is none
 */
public record Guest(int id, int meetingId, String name, String organisation, String email, boolean publishConsent) {

    static Guest of(GuestEntity row) {
        return new Guest(row.getID(), row.getMeetingId(), row.getName(), row.getOrganisation(), row.getEmail(),
                row.isPublishConsent());
    }

    Guest publicly() {
        return new Guest(id, meetingId, name, organisation, null, true);
    }
}
