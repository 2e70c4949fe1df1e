package org.samraad.action;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.samraad.platform.CsvWriter;
import org.samraad.platform.I18n;
import org.springframework.stereotype.Component;

/**
 * The register as a spreadsheet: every action the filter matches (paging ignored), in the requested order, with
 * headings and statuses in the caller's language. Two statements: councils, then the rows.
 */
@Component
public class ActionCsv {
    private final ActionReads actions;
    private final I18n i18n;

    public ActionCsv(ActionReads actions, I18n i18n) {
        this.actions = actions;
        this.i18n = i18n;
    }

    public String export(ActionFilter filter) {
        return write(actions.export(filter));
    }

    String write(List<ActionItem> items) {
        CsvWriter csv = new CsvWriter().row(List.of(
                i18n.text("samraad.action.field.title"),
                i18n.text("samraad.action.field.owner"),
                i18n.text("samraad.action.field.organisation"),
                i18n.text("samraad.action.field.due-date"),
                i18n.text("samraad.action.field.status"),
                i18n.text("samraad.action.field.percent-done"),
                i18n.text("samraad.action.field.overdue"),
                i18n.text("samraad.action.field.progress-note"),
                i18n.text("samraad.action.field.description"),
                i18n.text("samraad.action.field.completed")));
        for (ActionItem a : items) {
            csv.row(Arrays.asList(
                    a.title(),
                    a.ownerName(),
                    a.organisationName(),
                    day(a.dueDate()),
                    i18n.text("samraad.action.status." + a.status().name()),
                    String.valueOf(a.percentDone()),
                    i18n.text(a.overdue() ? "samraad.action.yes" : "samraad.action.no"),
                    a.progressNote(),
                    a.description(),
                    a.completedAt() == null ? null : day(LocalDate.ofInstant(a.completedAt(), ZoneOffset.UTC))));
        }
        return csv.text();
    }

    private static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
