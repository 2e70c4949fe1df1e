package org.samraad.plan;

import java.util.List;

/**
 * The agenda items of the year's held meetings by kind (standing items such as "approval of the minutes" left
 * out: every meeting has them), how many of them carry a decision, and how many a recorded dissent.
 */
public record ReportAgendaItems(List<ReportKindCount> kinds, int total, int decisions, int dissents) {

    public ReportAgendaItems {
        kinds = List.copyOf(kinds);
    }
}
