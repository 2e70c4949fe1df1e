package org.samraad.council;

import java.util.List;

/**
 * What a client sends to create or change a council. Kind is text so an unknown value gets a field error in
 * the caller's language; version is required on update (optimistic locking). The settings are optional: left
 * out (null), a new council gets the defaults and a change keeps what is stored.
 *
 * @param locale da, sv or en
 * @param requestDays 0–90: members request agenda items until this many days before a meeting
 * @param dispatchDays 0–90: the agenda is due out this many days before a meeting
 * @param minutesDays 0–90: minutes count as on time when approved within this many days after
 * @param meetingTitlePattern at most 255 characters, placeholders {council}, {kind} and {date} only; blank
 *     means the product's pattern
 * @param actionReminderDays 0–30: action owners are reminded this many days before the due date
 * @param hearingReminderDays one to three different days, each 0–90: a hearing's responsible person is reminded
 *     this many days before its deadline, once per value
 * @param minutesTerm MINUTES or NOTES, what the council calls its minutes; blank means each language's usual word
 * @param publicationPageId a page the caller may edit, under which published minutes get a page of their own (for
 *     a council working in a space others cannot see); 0 removes it
 */
public record CouncilInput(
        String spaceKey,
        String name,
        String kind,
        String purpose,
        String locale,
        Integer requestDays,
        Integer dispatchDays,
        Integer minutesDays,
        String meetingTitlePattern,
        Integer actionReminderDays,
        List<Integer> hearingReminderDays,
        String minutesTerm,
        Long publicationPageId,
        Integer version) {

    /** Name, kind and purpose only; the settings stay as they are (or get their defaults). */
    public CouncilInput(String spaceKey, String name, String kind, String purpose, Integer version) {
        this(spaceKey, name, kind, purpose, null, null, null, null, null, null, null, null, null, version);
    }
}
