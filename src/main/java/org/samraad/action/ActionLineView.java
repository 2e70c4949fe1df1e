package org.samraad.action;

/**
 * One row of the register table, as text the template only prints.
 *
 * @param person the owner's name (a Confluence user's full name or a named person), or null
 * @param organisation the owning organisation's name, or null
 * @param dueDate ISO date for {@code <time datetime>}, or null when the action has no due date
 * @param dueDateText what the due-date cell says: the date, or "no due date"
 * @param status the status's API name (OPEN…), for the inline editor's select
 * @param statusText the status in words, in the reader's language
 * @param overdueText "Overdue" in the reader's language when the action is overdue, else null
 * @param unreachedText "No one can be reached for this action" for those who look after the council, else null
 * @param councilName the action's council, in the register across councils; else null
 * @param fromMeetingText where the action came from ("Meeting 12 March, item 4: Budget"), as the reader may see it;
 *     null when it came from no meeting the reader may see
 * @param fromMeetingHref the meeting page with the item's anchor, or null when the meeting has no page
 * @param editable the reader may change and delete this action (may edit its council's space), in the live page
 * @param lang the action's council's language when the reader's differs (the title's {@code lang}); else null
 */
public record ActionLineView(
        int id,
        int version,
        String title,
        String person,
        String organisation,
        String dueDate,
        String dueDateText,
        String status,
        String statusText,
        int percentDone,
        boolean overdue,
        String overdueText,
        String unreachedText,
        String councilName,
        String fromMeetingText,
        String fromMeetingHref,
        boolean editable,
        String lang) {

    /** The status as an AUI lozenge class; the status is always written out in it. */
    public String statusLozenge() {
        return switch (status) {
            case "IN_PROGRESS" -> "aui-lozenge-current";
            case "DONE" -> "aui-lozenge-success";
            case "CANCELLED" -> "aui-lozenge-moved";
            default -> "";
        };
    }

    /**
     * The row's element id in the register whose id is {@code registerId}. Not {@code "${id}-action-$line.id()"} in
     * the template: Velocity parses a string literal holding references again each time it is evaluated, once per
     * row.
     */
    public String domId(String registerId) {
        return registerId + "-action-" + id;
    }

    /** The row's CSS classes: overdue and unreached rows carry one besides their label, so colour is never alone. */
    public String rowClass() {
        return (overdue ? "samraad-action samraad-action-overdue" : "samraad-action")
                + (unreachedText != null ? " samraad-action-unreached" : "");
    }
}
