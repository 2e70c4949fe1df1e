package org.samraad.hearing;

/**
 * One row of the hearing register as the template shows it: plain values, texts already in the reader's language.
 *
 * @param deadline ISO date for {@code <time datetime>}; {@code deadlineDay} the same day as a table cell shows it
 * @param deadlineText "12 days left", "Deadline passed 3 days ago", "Answered on time": the state in words, so no
 *     colour carries meaning on its own
 * @param urgent overdue or due soon: the template marks the row and puts the words in {@code <strong>}
 * @param href the hearing's response page, or null when it has none
 * @param excerpt the opening of the council's approved response ({@link ResponseExcerpt}), or null
 * @param responseHref with an excerpt, the page where the whole response is read; else null
 * @param unreachedText "No one can be reached for this hearing" for those who look after the council, else null
 * @param statusLozenge the AUI lozenge class of the status, which is written out beside it
 * @param deadlineLozenge the AUI lozenge class of an urgent deadline; else null
 */
public record HearingLineView(
        int id,
        String title,
        String href,
        String issuingBody,
        String reference,
        String deadline,
        String deadlineText,
        String stateClass,
        boolean urgent,
        String statusText,
        String responsible,
        String excerpt,
        String responseHref,
        String unreachedText,
        String statusLozenge,
        String deadlineLozenge,
        String deadlineDay) {}
