package org.samraad.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.samraad.platform.I18n;
import org.springframework.stereotype.Component;

/**
 * The report's easy-read summary (lettilgængelig tekst, lättläst): short sentences in the council's language, one
 * figure each, whole numbers only ("about 8 in 10 members came" rather than "78 %").
 */
@Component
public class ReportSummary {
    private final I18n i18n;

    public ReportSummary(I18n i18n) {
        this.i18n = i18n;
    }

    /** The summary in a council's language: it is the council's account of its year, not interface text. */
    ReportSummary in(Locale councilLanguage) {
        return new ReportSummary(i18n.in(councilLanguage));
    }

    List<String> sentences(AnnualReport report) {
        List<String> sentences = new ArrayList<>();
        String year = String.valueOf(report.year());
        if (report.running()) {
            sentences.add(i18n.text("samraad.report.summary.running", year));
        }
        sentences.add(i18n.text("samraad.report.summary.meetings", report.meetings().held(), year));
        if (report.attendance().percent() != null) {
            sentences.add(i18n.text("samraad.report.summary.attendance",
                    (int) Math.round(report.attendance().percent() / 10.0)));
        }
        sentences.add(i18n.text("samraad.report.summary.decisions", report.agendaItems().decisions()));
        ReportHearings hearings = report.hearings();
        sentences.add(i18n.text("samraad.report.summary.hearings", hearings.answered(), hearings.total()));
        if (hearings.owed() > 0) {
            sentences.add(i18n.text("samraad.report.summary.hearings-on-time", hearings.answeredOnTime(), hearings.owed()));
        }
        ReportActions actions = report.actions();
        sentences.add(i18n.text("samraad.report.summary.actions", actions.created(), actions.completed()));
        sentences.add(i18n.text(report.running() ? "samraad.report.summary.overdue-now" : "samraad.report.summary.overdue",
                actions.overdue()));
        return sentences;
    }
}
