package org.samraad.plan;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import net.java.ao.DBParam;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.PersonalDataEraser;
import org.samraad.hearing.HearingEntity;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.PageNotWrittenException;
import org.samraad.platform.ValidationException;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.FakeConfluence.PageVersion;
import org.samraad.testing.Race;
import org.samraad.testing.TestPlugin;

/**
 * The annual report made final on the test database (HSQLDB, or PostgreSQL with -Ddb=postgres): the figures are
 * frozen and read from then on, the page gets the report as a new version by the secretariat with the council's
 * comment, a repeat changes nothing, and only the secretariat may do it.
 */
public class FinalReportServiceTest extends AoTestSupport {
    private static final String SECRETARIAT = "key-admin";
    private static final String EDITOR = "key-editor";
    private static final String READER = "key-reader";
    private static final long PAGE = 9300L;
    private static final String BLUEPRINT = "<h2>Forord</h2>\n"
            + "<ac:structured-macro ac:name=\"samraad-annual-report\" ac:schema-version=\"1\">"
            + "<ac:parameter ac:name=\"year\">2025</ac:parameter></ac:structured-macro>\n<h2>Fokus</h2>\n";

    private final AtomicReference<Instant> now = new AtomicReference<>(GeneratedYear.NOW);
    private FakeConfluence confluence;
    private AnnualReportService reports;
    private FinalReportService finals;
    private GeneratedYear year;
    private TestPlugin plugin;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS").space("INT")
                .grant(READER, Permission.VIEW, "UDS")
                .grant(EDITOR, Permission.VIEW, "UDS").grant(EDITOR, Permission.EDIT, "UDS")
                .grant(SECRETARIAT, Permission.VIEW, "UDS").grant(SECRETARIAT, Permission.EDIT, "UDS")
                .grant(SECRETARIAT, Permission.ADMINISTER, "UDS")
                .page(PAGE, "UDS").pageBody(PAGE, BLUEPRINT)
                .actAs(SECRETARIAT);
        plugin = plugin().confluence(confluence).users(confluence).clock(now::get).start();
        reports = plugin.get(AnnualReportService.class);
        finals = plugin.get(FinalReportService.class);
        year = new GeneratedYear(ao, "UDS", "Udsatterådet Nordby", "Kirkens Korshær");
    }

    @Test
    public void afterTheReportIsMadeFinalANewMeetingActionOrHearingInThatYearChangesNothingInIt() {
        AnnualReport made = finals.makeFinal(year.council, "2025", null);

        year.meeting(year.council, "MINUTES_APPROVED", GeneratedYear.at(2025, 6, 1, 10, 0), null, null, null, null);
        year.hearing(year.council, "SUBMITTED", GeneratedYear.day(2025, 6, 1), GeneratedYear.day(2025, 5, 30));
        year.action(year.council, null, "OPEN", GeneratedYear.at(2025, 6, 1, 10, 0), null, null);
        AnnualReport read = reports.report(year.council, "2025");

        assertEquals(made, read);
        assertEquals(4, read.meetings().held());
        assertEquals(5, read.hearings().total());
        assertEquals(1, read.finalVersion().sequence());
        assertEquals("2026-02-10", read.finalVersion().finalisedOn().toString());
    }

    @Test
    public void aYearNotMadeFinalStaysLive() {
        finals.makeFinal(year.council, "2025", null);

        assertNull(reports.report(year.council, "2024").finalVersion());
    }

    @Test
    public void thePageGetsOneNewVersionByTheSecretariatWithTheCouncilsCommentHoldingTheReportInsteadOfTheMacro() {
        finals.makeFinal(year.council, "2025", PAGE);

        List<PageVersion> versions = confluence.pageVersions(PAGE);
        assertEquals(2, versions.size());
        PageVersion made = versions.get(1);
        assertEquals(SECRETARIAT, made.authorKey());
        assertEquals("Årsrapport gjort endelig", made.comment());
        String body = made.body();
        assertTrue(body, body.startsWith("<h2>Forord</h2>\n" + ReportPageBody.start(2025)
                + "<h2>Årsrapport 2025: Udsatterådet Nordby</h2><p><strong>Endelig, 10. februar 2026</strong></p>"));
        assertTrue(body, body.contains("<tr><th>Afholdte møder</th><td>4</td></tr>"));
        assertTrue(body, body.endsWith(ReportPageBody.end(2025) + "\n<h2>Fokus</h2>\n"));
        assertFalse("the live macro does not show the report a second time: " + body,
                body.contains("ac:name=\"samraad-annual-report\""));
    }

    @Test
    public void thePageListsOnlyHearingsEveryReaderMayViewAndEscapesWhatItQuotes() {
        long open = 9301L;
        long restricted = 9302L;
        confluence.page(open, "UDS").grant(null, Permission.VIEW, "UDS").page(restricted, "UDS")
                .restrictPage(restricted, SECRETARIAT);
        hearing("Høring om <varmestuer> & natcaféer", open);
        hearing("Fortrolig høring om budget", restricted);

        AnnualReport made = finals.makeFinal(year.council, "2025", PAGE);

        String body = confluence.pageVersions(PAGE).get(1).body();
        assertTrue(body, body.contains("<th>Høring om &lt;varmestuer&gt; &amp; natcaféer</th>"));
        assertFalse(body, body.contains("Fortrolig"));
        assertTrue("the secretariat may view both: " + made.hearings().items(),
                made.hearings().items().stream().anyMatch(h -> h.title().startsWith("Fortrolig")));
        confluence.actAs(READER);
        assertTrue("a reader's REST view of the final report leaves the restricted page's hearing out too",
                reports.report(year.council, "2025").hearings().items().stream()
                        .noneMatch(h -> h.title().startsWith("Fortrolig")));
    }

    private void hearing(String title, long page) {
        ao.create(HearingEntity.class, new DBParam("COUNCIL_ID", year.council), new DBParam("SUBJECT", title),
                new DBParam("STATUS", "SUBMITTED"), new DBParam("DEADLINE", GeneratedYear.day(2025, 9, 1)),
                new DBParam("SUBMITTED_ON", GeneratedYear.day(2025, 8, 30)), new DBParam("PAGE_ID", page),
                new DBParam("VERSION", 0));
    }

    @Test
    public void makingTheReportFinalAgainWithoutAChangeStoresNothingAndWritesNoVersion() {
        finals.makeFinal(year.council, "2025", PAGE);

        AnnualReport again = finals.makeFinal(year.council, "2025", null);

        assertEquals(1, again.finalVersion().sequence());
        assertEquals(2, confluence.pageVersions(PAGE).size());
    }

    @Test
    public void aCorrectionMadeFinalAgainIsTheNextSequenceAndReplacesTheSectionInTheNextPageVersion() {
        finals.makeFinal(year.council, "2025", PAGE);
        year.meeting(year.council, "MINUTES_APPROVED", GeneratedYear.at(2025, 6, 1, 10, 0), null, null, null, null);

        AnnualReport corrected = finals.makeFinal(year.council, "2025", null);

        assertEquals(2, corrected.finalVersion().sequence());
        assertEquals(5, corrected.meetings().held());
        List<PageVersion> versions = confluence.pageVersions(PAGE);
        assertEquals(3, versions.size());
        String body = versions.get(2).body();
        assertEquals(body, 1, body.split(ReportPageBody.start(2025), -1).length - 1);
        assertTrue(body, body.contains("<tr><th>Afholdte møder</th><td>5</td></tr>"));
    }

    @Test
    @NonTransactional
    public void secretariesMakingTheReportFinalAtTheSameMomentStoreOneFinalVersion() {
        List<Object> outcomes = Race.run(3, i -> finals.makeFinal(year.council, "2025", PAGE));

        assertEquals(outcomes.toString(), 3, outcomes.stream().filter(AnnualReport.class::isInstance).count());
        assertEquals(1, ao.count(FinalReportEntity.class));
        assertEquals(2, confluence.pageVersions(PAGE).size());
    }

    @Test
    public void aPageThatCannotBeWrittenLeavesTheReportLiveAndStoresNothing() {
        confluence.failPageSaves();

        assertThrows(PageNotWrittenException.class, () -> finals.makeFinal(year.council, "2025", PAGE));

        assertEquals(0, ao.count(FinalReportEntity.class));
        assertNull(reports.report(year.council, "2025").finalVersion());
    }

    @Test
    public void anEditorWhoIsNotTheSecretariatIsRefusedAndNothingIsStored() {
        confluence.actAs(EDITOR);

        assertThrows(ForbiddenException.class, () -> finals.makeFinal(year.council, "2025", PAGE));

        assertEquals(0, ao.count(FinalReportEntity.class));
        assertEquals(1, confluence.pageVersions(PAGE).size());
    }

    @Test
    public void someoneWhoCannotViewTheCouncilIsToldItDoesNotExist() {
        confluence.actAs("key-stranger");

        assertThrows(NotFoundException.class, () -> finals.makeFinal(year.council, "2025", null));
    }

    @Test
    public void aYearStillRunningCannotBeMadeFinal() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> finals.makeFinal(year.council, "2026", null));

        assertEquals("year", refused.errors().get(0).field());
        assertEquals("samraad.report.final.running", refused.errors().get(0).messageKey());
    }

    @Test
    public void aFinalReportIsReadInTwoStatementsAfterTheCouncilTheSectionsWithItsSequenceAndItsContent() {
        finals.makeFinal(year.council, "2025", null);
        confluence.actAs(READER);
        sql.reset();

        AnnualReport read = reports.report(year.council, "2025");

        assertNotNull(read.finalVersion());
        assertEquals(sql.statements().toString(), 3, sql.total());
    }

    @Test
    public void readersAndEditorsReadTheRunningYearAPastLiveYearAndAFinalYearInThreeStatementsAtMost() {
        finals.makeFinal(year.council, "2024", null);
        // council + sections; an editor's live report adds the budget; a final one adds its content instead
        assertEquals(List.of(2, 2, 3), statementsReading(READER, "2026", "2025", "2024"));
        assertEquals(List.of(3, 3, 3), statementsReading(EDITOR, "2026", "2025", "2024"));
        assertEquals(List.of(3, 3, 3), statementsReading(SECRETARIAT, "2026", "2025", "2024"));
    }

    private List<Integer> statementsReading(String user, String... years) {
        confluence.actAs(user);
        return java.util.Arrays.stream(years).map(y -> {
            sql.reset();
            AnnualReport read = reports.report(year.council, y);
            assertEquals(y.equals("2024"), read.finalVersion() != null);
            return sql.total();
        }).toList();
    }

    @Test
    public void theFinalVersionKeepsTheYearsEventsAndThePageShowsThemWithoutABudget() {
        entry(GeneratedYear.at(2025, 5, 3, 9, 0));
        finals.makeFinal(year.council, "2025", PAGE);

        entry(GeneratedYear.at(2025, 9, 3, 9, 0));
        AnnualReport read = reports.report(year.council, "2025");

        assertEquals(1, read.events().held());
        String body = confluence.pageVersions(PAGE).get(1).body();
        assertTrue(body, body.contains("<h3>Temadage, konferencer og arrangementer</h3><table><tbody>"
                + "<tr><th>Nøgletal</th><th>Værdi</th></tr><tr><th>Afholdt</th><td>1</td></tr>"));
        assertFalse(body, body.contains("Budget og forbrug"));
    }

    private void entry(Date startsAt) {
        ao.create(PlanEntryEntity.class, new DBParam("COUNCIL_ID", year.council), new DBParam("KIND", "THEME_DAY"),
                new DBParam("TITLE", "Temadag"), new DBParam("STARTS_AT", startsAt));
    }

    @Test
    public void erasingWhoMadeTheReportFinalClearsTheirKeyAndLeavesTheReport() {
        finals.makeFinal(year.council, "2025", null);

        plugin.get(PersonalDataEraser.class).eraseUserKey(SECRETARIAT, new Date());

        FinalReportEntity[] rows = ao.find(FinalReportEntity.class);
        assertEquals(1, rows.length);
        assertNull(rows[0].getFinalisedBy());
        assertEquals(4, reports.report(year.council, "2025").meetings().held());
    }
}
