package org.samraad.action;

/**
 * Where an action came from, as the caller may see it: the meeting (its title, and its page with the agenda item's
 * anchor) and the agenda item. Decided in {@link ActionOriginRule} by the meeting's own rules: a meeting whose page
 * the caller may not view is not named at all (the action has no origin for them); the item is named only once the
 * caller may see the actions an item gave ({@code MeetingDisclosure#record}), and a closed item's title never to
 * anyone who may not see closed items: they read its number alone.
 *
 * @param meetingId the meeting's id
 * @param meetingTitle the meeting's title
 * @param href the meeting page, with the item's anchor when the item is shown; null when the meeting has no page yet
 * @param itemNumber the item's number on the agenda, or null when the item is not shown (or the action came from the
 *     meeting, not an item)
 * @param itemTitle the item's title, or null when not shown (a closed item to anyone but insiders)
 */
public record ActionOrigin(int meetingId, String meetingTitle, String href, Integer itemNumber, String itemTitle) {
}
