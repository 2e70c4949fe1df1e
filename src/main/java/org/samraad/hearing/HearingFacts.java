package org.samraad.hearing;

/**
 * What the response page's "Edit hearing" form sends ({@code PUT /hearings/{id}/facts}): the facts a secretary keeps
 * up to date, everything else of the hearing kept as stored. Dates arrive as ISO text so a wrong value is a field
 * error in the caller's language.
 *
 * @param responsible who answers and gets the deadline reminders, as a person types it: a Confluence username; the
 *     name the page shows for the current person (also "name not published") keeps them
 * @param responsibleUserKey a Confluence user picked with a user picker; wins over {@code responsible}
 * @param url the link to the hearing material, http or https only
 * @param version required: the version the client read (409 if stale)
 */
public record HearingFacts(
        String responsible,
        String responsibleUserKey,
        String deadline,
        String reference,
        String summary,
        String url,
        Integer version) {}
