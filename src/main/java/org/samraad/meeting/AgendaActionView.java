package org.samraad.meeting;

/**
 * One action on a meeting page (follow-up list, or under its agenda item), as text the template only prints.
 *
 * @param owner the person and/or organisation, in words; null when neither may be shown
 * @param dueDate ISO date for {@code <time datetime>}, or null
 * @param overdueText "Overdue" in words when overdue, else null
 */
public record AgendaActionView(String title, String owner, String dueDate, String dueDateText, String statusText,
        String overdueText) {

    public String rowClass() {
        return overdueText != null ? "samraad-agenda-action samraad-agenda-action-overdue" : "samraad-agenda-action";
    }
}
