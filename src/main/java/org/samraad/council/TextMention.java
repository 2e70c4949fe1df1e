package org.samraad.council;

/**
 * A free-text field that contains an erased person's name.
 *
 * @param kind what holds the text: agendaItem, action, actionHistory or hearing (its fields and its workflow notes)
 * @param id the id of that row (for history and events: of the action or hearing they belong to)
 * @param meetingId the meeting of an agenda item, else null
 * @param itemNumber the agenda item's number in its meeting, else null
 * @param field the field as the API names it (dissent, progressNote, presenterName, …)
 * @param where where it is, in words in the caller's language (meeting, item number and title, field)
 */
public record TextMention(String kind, int id, Integer meetingId, Integer itemNumber, String field, String where) {}
