package org.samraad.meeting;

import java.io.Serializable;

/**
 * A meeting's invited guest (a politician, a member of another forum) as one reader may see them. The one rule for
 * every place a guest appears (REST, the meeting, attendance, minutes, the page, mails, search): the name goes to
 * those who prepare the meeting and, to everyone else, only when the guest consented to publication; otherwise the
 * guest is "a representative of" their organisation. The address goes only to those who prepare the meeting.
 *
 * @param name null when the reader may not see it (no consent), or when the name was erased from approved minutes
 * @param email null when the reader may not see it or there is none
 * @param displayName what to write for the guest in the reader's language: the name, or the organisation's
 *     representative, or "an invited guest"
 */
public record Guest(int id, int meetingId, String name, String organisation, String email, boolean publishConsent,
        String displayName) {

    /** Texts in the language the guest is written in (the reader's, or the council's for a page). */
    public interface Texts {
        String text(String key, Serializable... arguments);
    }

    /**
     * The guest as a reader sees them.
     *
     * @param prepares the reader prepares the meeting (insiders and space editors), and this is not the public view
     */
    static Guest shown(int id, int meetingId, String name, String organisation, String email, boolean consent,
            boolean prepares, Texts texts) {
        String shownName = prepares || consent ? name : null;
        return new Guest(id, meetingId, shownName, organisation, prepares ? email : null, consent,
                displayName(shownName, organisation, texts));
    }

    static Guest shown(AttendanceQuery.Invited row, int meetingId, boolean prepares, Texts texts) {
        return shown(row.id(), meetingId, row.name(), row.organisation(), null, row.publishConsent(), prepares, texts);
    }

    static Guest shown(GuestEntity row, boolean prepares, Texts texts) {
        return shown(row.getID(), row.getMeetingId(), row.getName(), row.getOrganisation(), row.getEmail(),
                row.isPublishConsent(), prepares, texts);
    }

    /** "Name (Organisation)", "Name", "a representative of Organisation" or "an invited guest". */
    static String displayName(String name, String organisation, Texts texts) {
        if (name != null) {
            return organisation == null ? name : name + " (" + organisation + ")";
        }
        return organisation == null ? texts.text("samraad.guest.unnamed")
                : texts.text("samraad.guest.representative-of", organisation);
    }

    /** The same guest worded in other texts (the council's language, for a page written for all readers). */
    public Guest in(Texts texts) {
        return new Guest(id, meetingId, name, organisation, email, publishConsent,
                displayName(name, organisation, texts));
    }
}
