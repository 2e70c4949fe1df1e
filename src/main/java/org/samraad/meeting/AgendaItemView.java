package org.samraad.meeting;

import java.util.List;

/**
 * One agenda item as the template prints it: plain values only, every getter on the Velocity allowlist.
 *
 * @param title the title, or "Closed item" for a closed item the reader may not see
 * @param accessText "Open item" or "Closed item" in words
 * @param startsAt ISO date-time with offset for {@code <time datetime>}, or null without a start time
 * @param presenterText the presenter's name, "name not published", or null without a presenter
 * @param durationText the planned length in words, or null when none was planned
 * @param leadSections in approved minutes, the decision, shown before the item's compact line; else empty
 * @param sections the item's (other) texts for this view, only those that have text
 * @param easyReadParagraphs the easy-read summary, or the title when there is none (easy-read view)
 * @param followUp the follow-up standing item, which lists the council's open actions
 * @param followUpMoreText of a follow-up that lists only the most urgent, that there are more; else null
 * @param registerHref with {@code followUpMoreText}, the council's action register (its space home); else null
 * @param hearingHref a hearing item's link to the page where the council writes its response, or null
 * @param caseNumber the municipality's case number, shown as "Case no." / "Sagsnr." / "Ärendenr."; or null
 * @param movesUp "Move up" does something: not the first item, not "any other business"
 * @param movesDown "Move down" does something: not the last item, and nothing goes below "any other business"
 */
public record AgendaItemView(
        int id,
        int version,
        String number,
        String title,
        String itemClass,
        boolean restricted,
        boolean closed,
        String accessText,
        String kindText,
        String startsAt,
        String startText,
        String durationText,
        String presenterText,
        List<AgendaTextSection> leadSections,
        List<AgendaTextSection> sections,
        List<String> easyReadParagraphs,
        List<AgendaAttachmentView> attachments,
        List<AgendaActionView> actions,
        boolean followUp,
        List<AgendaActionView> followUpActions,
        String followUpMoreText,
        String registerHref,
        String hearingHref,
        String caseNumber,
        boolean movesUp,
        boolean movesDown) {

    public AgendaItemView {
        leadSections = List.copyOf(leadSections);
        sections = List.copyOf(sections);
        easyReadParagraphs = List.copyOf(easyReadParagraphs);
        attachments = List.copyOf(attachments);
        actions = List.copyOf(actions);
        followUpActions = List.copyOf(followUpActions);
    }

    /** The anchor an agenda item has on its meeting page (the agenda macro prints it on each item, outside the closed view). */
    public static String anchor(int itemId) {
        return "agenda-item-" + itemId;
    }

    public boolean hasAttachments() {
        return !attachments.isEmpty();
    }

    public boolean hasActions() {
        return !actions.isEmpty();
    }

    public boolean hasFollowUpActions() {
        return !followUpActions.isEmpty();
    }

    /** Velocity's {@code #if} asks for a view's text; a record's own formats every component (ViewRecordsTest). */
    @Override
    public String toString() {
        return getClass().getSimpleName();
    }

    /**
     * The element id of this item in the agenda whose id is {@code sectionId}. Not an interpolated
     * string literal in the template: Velocity parses one again each time it is evaluated, once per item.
     */
    public String domId(String sectionId) {
        return sectionId + "-item-" + id;
    }
}
