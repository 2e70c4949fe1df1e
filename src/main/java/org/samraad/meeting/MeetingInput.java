package org.samraad.meeting;

/**
 * What a client sends to create or change a meeting. Kind, date and times arrive as text so a wrong value is a field
 * error in the caller's language. Times are wall-clock times in the council's zone; on update every field is
 * replaced (PUT).
 *
 * @param kind ORDINARY, EXTRAORDINARY, DIALOGUE or THEME_DAY
 * @param date an ISO date (2026-03-12)
 * @param startTime HH:mm (17:00)
 * @param endTime HH:mm, after the start; optional
 * @param title optional: blank means the council's title pattern
 * @param pageId optional: the meeting's Confluence page; once set it stays
 * @param version required on update: the version the client read
 * @param noteTaker who takes the notes: the id of a member of the meeting's council (its member list), or null
 * @param jointCouncilIds the other councils the meeting is held with (a joint meeting), whose spaces the caller
 *     administers as well as this council's; on update null keeps what is stored and an empty list makes it the
 *     council's meeting alone
 */
public record MeetingInput(
        String kind,
        String date,
        String startTime,
        String endTime,
        String place,
        Boolean openToPublic,
        String title,
        Long pageId,
        Integer version,
        Integer noteTaker,
        java.util.List<Integer> jointCouncilIds) {

    /** A meeting without a note-taker whose joint councils are not given (kept on update, none on create). */
    public MeetingInput(String kind, String date, String startTime, String endTime, String place,
            Boolean openToPublic, String title, Long pageId, Integer version) {
        this(kind, date, startTime, endTime, place, openToPublic, title, pageId, version, null, null);
    }
}
