package org.samraad.plan;

import java.util.List;
import org.samraad.platform.I18n;
import org.samraad.platform.mail.MailText;

/**
 * A final annual report as static storage format: headings, paragraphs and tables that Confluence shows, searches,
 * exports and compares in page history like any page text, and that stay readable with the plugin uninstalled. Laid
 * out from the same {@link AnnualReportView} the macro shows, in the language of the {@link I18n} given (the
 * council's). Every text is escaped (storage format is XHTML). Pure, so what goes into a page is tested without a
 * database.
 */
final class ReportStorageFormat {
    private final I18n i18n;
    private final StringBuilder out = new StringBuilder();

    private ReportStorageFormat(I18n i18n) {
        this.i18n = i18n;
    }

    /** The report's section of a page: from its start anchor to its end anchor ({@link ReportPageBody}). */
    static String pageSection(AnnualReportView report, int year, String finalText, I18n i18n) {
        ReportStorageFormat writer = new ReportStorageFormat(i18n);
        writer.write(report, finalText);
        return ReportPageBody.start(year) + writer.out + ReportPageBody.end(year);
    }

    private void write(AnnualReportView r, String finalText) {
        out.append("<h2>").append(e(r.heading())).append("</h2>");
        paragraph("<strong>" + e(finalText) + "</strong>");
        paragraph(e(r.asOfText()));
        heading("samraad.report.section.summary");
        r.summary().forEach(sentence -> paragraph(e(sentence)));
        heading("samraad.report.section.meetings");
        figures(r.meetingFigures());
        heading("samraad.report.section.attendance");
        if (!r.hasAttendance()) {
            paragraph(e(i18n.text("samraad.report.none-held")));
        } else {
            out.append("<table><tbody>");
            row(true, i18n.text("samraad.report.column.seat-group"), i18n.text("samraad.report.column.expected"),
                    i18n.text("samraad.report.column.attended"), i18n.text("samraad.report.column.by-substitute"),
                    i18n.text("samraad.report.column.rate"));
            for (ReportGroupLineView g : r.attendanceLines()) {
                row(false, g.group(), "" + g.expected(), "" + g.attended(), "" + g.bySubstitute(), g.rate());
            }
            ReportGroupLineView t = r.attendanceTotal();
            row(false, t.group(), "" + t.expected(), "" + t.attended(), "" + t.bySubstitute(), t.rate());
            out.append("</tbody></table>");
        }
        heading("samraad.report.section.items");
        figures(r.itemFigures());
        heading("samraad.report.section.hearings");
        figures(r.hearingFigures());
        if (r.hasHearingLines()) {
            paragraph(e(r.hearingListCaption()));
            out.append("<table><tbody>");
            row(true, i18n.text("samraad.hearing.field.title"), i18n.text("samraad.hearing.field.issuing-body"),
                    i18n.text("samraad.hearing.field.received"), i18n.text("samraad.hearing.field.deadline"),
                    i18n.text("samraad.hearing.field.submitted"), i18n.text("samraad.report.column.timeliness"));
            for (ReportHearingLineView l : r.hearingLines()) {
                row(false, l.title(), l.issuingBody(), l.receivedText(), l.deadlineText(), l.submittedText(),
                        l.stateText());
            }
            out.append("</tbody></table>");
        }
        heading("samraad.report.section.decisions");
        if (!r.hasDecisions()) {
            paragraph(e(i18n.text("samraad.report.decisions.none")));
        }
        for (ReportDecisionsView m : r.decisions()) {
            out.append("<h4>").append(e(m.heading() + ", " + m.dateText())).append("</h4>");
            if (!m.hasDecisions()) {
                paragraph(e(i18n.text("samraad.report.decisions.no-decisions")));
            }
            for (ReportDecisionLineView d : m.decisions()) {
                paragraph("<strong>" + e(d.item()) + "</strong> " + e(d.decision()));
            }
            if (m.closedText() != null) {
                paragraph(e(m.closedText()));
            }
        }
        // events, as the macro shows them; the budget never: a page holds what its least-privileged reader may see
        heading("samraad.report.section.events");
        figures(r.eventFigures());
        if (r.hasEventLines()) {
            paragraph(e(r.eventListCaption()));
            out.append("<table><tbody>");
            row(true, i18n.text("samraad.report.column.event"), i18n.text("samraad.report.column.when"),
                    i18n.text("samraad.report.column.place"), i18n.text("samraad.report.column.visitors"));
            for (ReportEventLineView v : r.eventLines()) {
                row(false, v.title() + " (" + v.kind() + ")", v.when(), v.place(), v.visitors());
            }
            out.append("</tbody></table>");
        }
        heading("samraad.report.section.actions");
        if (!r.hasActions()) {
            paragraph(e(i18n.text("samraad.report.actions.none")));
        } else {
            out.append("<table><tbody>");
            row(true, i18n.text("samraad.report.column.organisation"), i18n.text("samraad.report.column.created"),
                    i18n.text("samraad.report.column.completed"), r.overdueHeading());
            for (ReportOrganisationLineView o : r.organisationLines()) {
                row(false, o.organisation(), "" + o.created(), "" + o.completed(), "" + o.overdue());
            }
            ReportOrganisationLineView t = r.actionTotal();
            row(false, t.organisation(), "" + t.created(), "" + t.completed(), "" + t.overdue());
            out.append("</tbody></table>");
        }
    }

    private void heading(String key) {
        out.append("<h3>").append(e(i18n.text(key))).append("</h3>");
    }

    private void paragraph(String xhtml) {
        out.append("<p>").append(xhtml).append("</p>");
    }

    private void figures(List<ReportFigureView> figures) {
        out.append("<table><tbody>");
        row(true, i18n.text("samraad.report.column.figure"), i18n.text("samraad.report.column.value"));
        for (ReportFigureView f : figures) {
            row(false, f.label(), f.value());
        }
        out.append("</tbody></table>");
    }

    /** A table row: the first cell heads it; a header row is all header cells. */
    private void row(boolean header, String... cells) {
        out.append("<tr>");
        for (int i = 0; i < cells.length; i++) {
            String tag = header || i == 0 ? "th" : "td";
            out.append('<').append(tag).append('>').append(e(cells[i]))
                    .append("</").append(tag).append('>');
        }
        out.append("</tr>");
    }

    private static String e(String text) {
        return text == null ? "" : MailText.escape(text);
    }
}
