package org.samraad.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.samraad.council.Council;
import org.samraad.council.CouncilEntity;
import org.samraad.council.CouncilService;
import org.samraad.council.CouncilZone;
import org.samraad.council.MemberVisibility;
import org.samraad.council.MembersQuery;
import org.samraad.platform.CurrentUser;
import org.samraad.platform.FieldError;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.I18n;
import org.samraad.platform.ReaderDates;
import org.samraad.platform.PageLinks;
import org.samraad.platform.PagePermissions;
import org.samraad.platform.PageVersions;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Transactions;
import org.samraad.platform.ValidationException;
import org.samraad.platform.sql.RowLock;
import org.springframework.stereotype.Component;

/**
 * The council's secretariat makes its annual report final (architecture §11, "The record"), since the political
 * committee receives one version of it: the year's figures are frozen ({@link FinalReports}) and read from then on,
 * and the page holding the report gets a new version by the secretariat's member with the report as static storage
 * format ({@link ReportStorageFormat}, {@link ReportPageBody}) in the council's language. There is no way back to
 * live figures: a correction is made final again, as the next final version and the next page version.
 *
 * <p>Only a year that is over can be made final. Making final again when nothing changed (same figures, same page)
 * stores nothing new and writes no page version. The page is written in the same transaction (Confluence's page
 * saves join it), so a page that cannot be written leaves the report as it was (409, try again). What goes into the
 * page is what the page's least-privileged reader may see: the figures (they count, never name), and only those
 * hearings whose response page anyone may view.
 */
@Component
public class FinalReportService {
    private final CouncilService councils;
    private final MembersQuery members;
    private final MemberVisibility visibility;
    private final AnnualReportService reports;
    private final FinalReports finals;
    private final Transactions transactions;
    private final RowLock lock;
    private final CurrentUser currentUser;
    private final PagePermissions pagePermissions;
    private final PageVersions pages;
    private final PageLinks links;
    private final I18n i18n;
    private final TimeSource time;

    public FinalReportService(CouncilService councils, MembersQuery members, MemberVisibility visibility,
            AnnualReportService reports, FinalReports finals, Transactions transactions, RowLock lock,
            CurrentUser currentUser, PagePermissions pagePermissions, PageVersions pages, PageLinks links, I18n i18n,
            TimeSource time) {
        this.councils = councils;
        this.members = members;
        this.visibility = visibility;
        this.reports = reports;
        this.finals = finals;
        this.transactions = transactions;
        this.lock = lock;
        this.currentUser = currentUser;
        this.pagePermissions = pagePermissions;
        this.pages = pages;
        this.links = links;
        this.i18n = i18n;
        this.time = time;
    }

    /**
     * Makes the council's report for {@code year} final: 404 for a council the caller cannot see, 403 unless the
     * caller is its secretariat (or for a page the caller may not edit), a field error for a year not over yet.
     *
     * @param pageId the page to write the report into; null for the page of the year's last final version, if any
     * @return the final report as the caller reads it
     */
    public AnnualReport makeFinal(int councilId, String year, Long pageId) {
        Council council = councils.get(councilId);
        LocalDate today = CouncilZone.today(time, council);
        String me = currentUser.userKey().orElseThrow(ForbiddenException::new);
        if (!visibility.viewerOf(council, members.ofUser(councilId, me), today).secretariat()) {
            throw new ForbiddenException();
        }
        if (pageId != null && !pagePermissions.canEdit(pageId)) {
            throw new ForbiddenException();
        }
        ReportPeriod period = reports.period(council, year);
        if (period.running()) {
            throw new ValidationException(FieldError.of("year", "samraad.report.final.running", period.year()));
        }
        return transactions.inTransaction(() -> {
            lock.lock(CouncilEntity.class, councilId);
            Optional<FinalReports.Stored> newest = finals.newest(councilId, period.year());
            Long page = pageId != null ? pageId : newest.map(FinalReports.Stored::pageId).orElse(null);
            AnnualReport figures = reports.figures(council, period);
            FinalReports.Stored stored = newest
                    .filter(last -> FinalReports.json(last.report()).equals(FinalReports.json(figures))
                            && Objects.equals(last.pageId(), page))
                    .orElseGet(() -> finals.take(figures, finals.nextSequence(councilId, period.year()), me,
                            time.now(), page));
            AnnualReport made = AnnualReportService.finalVersion(council, stored);
            if (page != null) {
                writePage(council, made, page);
            }
            return reports.forReader(council, made);
        });
    }

    private void writePage(Council council, AnnualReport report, long pageId) {
        Locale locale = Locale.forLanguageTag(council.locale());
        I18n councils = i18n.in(locale);
        // the page's least-privileged reader: a hearing is listed only when anyone may view its response page
        // and no budget: insiders' data, shown to the secretariat by the macro, never written into a page
        AnnualReport forPage = report.withBudget(null).withHearingLines(report.hearings().items().stream()
                .filter(h -> h.pageId() == null || pagePermissions.canView(null, h.pageId())).toList());
        forPage = forPage.withSummary(new ReportSummary(councils).sentences(forPage));
        AnnualReportView view = AnnualReportView.of(forPage, "samraad-annual-report-" + council.id(), councils,
                links::page);
        String section = ReportStorageFormat.pageSection(view, report.year(), finalText(councils, report), councils);
        pages.saveNewVersion(pageId, body -> ReportPageBody.finalised(body, report.year(), section),
                councils.text("samraad.report.final.page-comment"));
    }

    /** "Final, <day>" in the language of {@code texts}. */
    static String finalText(I18n texts, AnnualReport report) {
        return texts.text("samraad.report.final.mark", ReaderDates.of(texts).day(report.finalVersion().finalisedOn()));
    }
}
