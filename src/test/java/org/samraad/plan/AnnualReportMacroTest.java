package org.samraad.plan;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.security.Permission;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.action.ActionItemEntity;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.hearing.HearingEntity;
import org.samraad.meeting.MeetingEntity;
import org.samraad.platform.CalendarDays;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;

/**
 * The annual report macro through the product-like renderer (automatic HTML encoding, the descriptor's Velocity
 * allowlist) over the generated year: summary first, headed sections with real tables, rates in words where
 * nothing counts, hostile names escaped, the same static HTML in every output type, and two SQL statements
 * however large the year.
 */
public class AnnualReportMacroTest extends AoTestSupport {
    private static final String HOSTILE = "<script>window.x=1</script>\"Åse\" & 'co'";
    private static final String HOSTILE_ESCAPED = "&lt;script&gt;window.x=1&lt;/script&gt;&quot;Åse&quot; &amp; &#39;co&#39;";

    private AnnualReportMacro macro;
    private GeneratedYear year;
    private FakeConfluence confluence;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS").space("INT").grant(null, Permission.VIEW, "UDS");
        macro = plugin().confluence(confluence).users(confluence).clock(() -> GeneratedYear.NOW).start()
                .get(AnnualReportMacro.class);
        year = new GeneratedYear(ao, "UDS", HOSTILE, HOSTILE);
    }

    @Test
    public void theReportShowsTheSummaryFirstThenOneHeadedSectionWithATablePerKeyFigure() throws Exception {
        String html = render("pdf", Map.of());

        assertTrue(html.contains(">Annual report 2025: " + HOSTILE_ESCAPED + "</h2>"));
        assertTrue(html.contains("The figures cover 1 January to 31 December 2025."));
        int summary = html.indexOf(">The year in brief (easy-read)</h3>");
        int meetings = html.indexOf(">Meetings</h3>");
        int attendance = html.indexOf(">Attendance by seat group</h3>");
        int items = html.indexOf(">Agenda items and decisions</h3>");
        int hearings = html.indexOf(">Hearing responses</h3>");
        int actions = html.indexOf(">Action items by organisation</h3>");
        assertTrue(html, summary > 0 && summary < meetings && meetings < attendance && attendance < items
                && items < hearings && hearings < actions);
        assertTrue("the summary in the Danish council's language, marked as Danish in the English page",
                html.indexOf("<p>Rådet holdt 4 møder i 2025.</p>") > summary);
        assertTrue(html, html.matches("(?s).*<section class=\"samraad-report-summary\" aria-labelledby=\"[^\"]+\" lang=\"da\">.*"));
        assertTrue(html.contains("<tr><th scope=\"row\">Meetings held</th><td>4</td></tr>"));
        assertTrue(html.contains("<tr><th scope=\"row\">Agenda sent out by the deadline</th><td>3 of 4 (75 %)</td></tr>"));
        assertTrue(html.contains("<tr><th scope=\"row\">Minutes approved within the target</th><td>2 of 4 (50 %)</td></tr>"));
        assertTrue(html.contains("<tr><th scope=\"row\">Political level</th><td>8</td><td>7</td><td>1</td><td>88 %</td></tr>"));
        assertTrue(html.contains("<tfoot><tr><th scope=\"row\">Total</th><td>12</td><td>9</td><td>2</td><td>75 %</td></tr></tfoot>"));
        assertTrue(html.contains("<tr><th scope=\"row\">Items with a decision</th><td>3</td></tr>"));
        assertTrue(html.contains("<tr><th scope=\"row\">Answered by the deadline</th><td>2 of 4 (50 %)</td></tr>"));
        assertTrue(html.contains("<th scope=\"col\">Overdue at year end</th>"));
        assertTrue(html.contains("<tr><th scope=\"row\">SAND</th><td>2</td><td>0</td><td>1</td></tr>"));
        assertTrue(html.contains("<tr><th scope=\"row\">No organisation</th><td>1</td><td>1</td><td>0</td></tr>"));
        // issue 18 added the table of theme days, conferences and events
        assertEquals("one caption per table", 7, count(html, "<caption"));
    }

    @Test
    public void theReportListsEachHearingOfTheYearWithItsDatesTimelinessAndItsResponsePageInTwoStatements()
            throws Exception {
        hearing("Høring om natcafé", "SUBMITTED", "2018-02-01", "2018-03-01", "2018-02-28", 901L);
        HearingEntity natcafe = ao.find(HearingEntity.class, net.java.ao.Query.select().where("SUBJECT = ?",
                "Høring om natcafé"))[0];
        natcafe.setIssuingBody("Socialforvaltningen");
        natcafe.save();
        hearing("Høring om busplan", "SUBMITTED", null, "2018-05-01", "2018-05-03", null);
        hearing("Lukket høring", "APPROVED", "2018-06-01", "2018-07-01", null, 902L);
        hearing("Sidste års høring", "SUBMITTED", "2017-11-01", "2017-12-01", "2017-11-30", null);
        confluence.page(901L, "UDS").page(902L, "UDS").restrictPage(902L, "key-secretary");

        sql.reset();
        String html = render("pdf", Map.of("year", "2018"));
        assertEquals(sql.statements().toString(), 2, sql.total());

        String table = html.substring(html.indexOf("<table class=\"aui samraad-report-table samraad-report-hearings\">"));
        table = table.substring(0, table.indexOf("</table>"));
        assertTrue(table, table.contains(">Hearings with a deadline in 2018</caption>"));
        // who asked, then the days written out for the reader, ISO in the markup
        assertTrue(table, table.contains("<tr><th scope=\"row\"><a href=\"/wiki/pages/viewpage.action?pageId=901\">"
                + "Høring om natcafé</a></th><td>Socialforvaltningen</td>"
                + "<td><time datetime=\"2018-02-01\">1 February 2018</time></td>"
                + "<td><time datetime=\"2018-03-01\">1 March 2018</time></td>"
                + "<td><time datetime=\"2018-02-28\">28 February 2018</time></td><td>Answered on time</td></tr>"));
        assertTrue(table, table.contains("<tr><th scope=\"row\">Høring om busplan</th><td></td><td></td>"
                + "<td><time datetime=\"2018-05-01\">1 May 2018</time></td>"
                + "<td><time datetime=\"2018-05-03\">3 May 2018</time></td><td>Answered after the deadline</td></tr>"));
        assertTrue("by deadline", table.indexOf("natcafé") < table.indexOf("busplan"));
        assertFalse("a hearing behind a page the reader may not view is not listed", html.contains("Lukket høring"));
        assertFalse("only the year's deadlines", html.contains("Sidste års"));
    }

    @Test
    public void aYearWithoutMeetingsSaysSoInWordsInsteadOfRates() throws Exception {
        String html = render("display", Map.of("year", "2019"));

        assertTrue(html.contains("<tr><th scope=\"row\">Agenda sent out by the deadline</th><td>No meetings held</td></tr>"));
        assertTrue(html.contains("<p>No meetings held</p>"));
        assertTrue(html.contains("<tr><th scope=\"row\">Answered by the deadline</th><td>None due yet</td></tr>"));
        assertTrue(html.contains("No action items were created, completed or overdue in the year."));
        assertFalse(html.contains("null"));
    }

    @Test
    public void hostileCouncilAndOrganisationNamesAreEscaped() throws Exception {
        String html = render("display", Map.of());

        assertFalse(html.contains("<script>"));
        assertEquals("council in the heading, organisation in the actions table", 2, count(html, HOSTILE_ESCAPED));
    }

    @Test
    public void everyOutputTypeGetsTheSameStaticReport() throws Exception {
        for (String outputType : new String[] {"display", "preview", "pdf", "word", "email", "html_export", "feed"}) {
            String html = render(outputType, Map.of("year", "2025"));
            assertTrue(outputType, html.contains("<td>3 of 4 (75 %)</td>"));
            assertFalse(outputType, html.contains("<form") || html.contains("<button") || html.contains("<input"));
        }
    }

    @Test
    public void aBadYearParameterIsAMacroErrorThatNamesTheParameter() {
        for (String bad : new String[] {"next", "2027"}) {
            try {
                render("display", Map.of("year", bad));
                fail("expected a macro error for " + bad);
            } catch (MacroExecutionException e) {
                assertEquals("The year parameter: Enter a year from 2000 to 2026.", e.getMessage());
            }
        }
    }

    @Test
    public void aSpaceWithoutACouncilSaysSo() throws Exception {
        String html = macro.execute(new HashMap<>(), null, new HostConversionContext("INT", 1L, "display"));
        assertTrue(html.contains("samraad-annual-report-no-council"));
    }

    @Test
    public void theReportCostsTwoStatementsForASmallAndForABusyYear() throws Exception {
        sql.reset();
        render("pdf", Map.of());
        assertEquals(sql.statements().toString(), 2, sql.total());

        for (int i = 0; i < 300; i++) {
            ao.create(MeetingEntity.class, new DBParam("COUNCIL_ID", year.council), new DBParam("KIND", "ORDINARY"),
                    new DBParam("STATUS", "HELD"), new DBParam("STARTS_AT", GeneratedYear.at(2025, 1 + i % 12, 1 + i % 28, 10, 0)),
                    new DBParam("OPEN_TO_PUBLIC", false), new DBParam("VERSION", 0), new DBParam("ATTENDANCE_VERSION", 0));
            ao.create(ActionItemEntity.class, new DBParam("COUNCIL_ID", year.council), new DBParam("TITLE", "Opgave " + i),
                    new DBParam("STATUS", "OPEN"), new DBParam("PERCENT_DONE", 0),
                    new DBParam("CREATED_AT", GeneratedYear.at(2025, 1 + i % 12, 2, 9, 0)), new DBParam("VERSION", 0));
        }
        sql.reset();
        String html = render("pdf", Map.of());
        assertEquals(sql.statements().toString(), 2, sql.total());
        assertTrue(html.contains("<tr><th scope=\"row\">Meetings held</th><td>304</td></tr>"));
    }

    private void hearing(String title, String status, String received, String deadline, String submitted, Long page) {
        ao.create(HearingEntity.class, new DBParam("COUNCIL_ID", year.council), new DBParam("SUBJECT", title),
                new DBParam("STATUS", status), new DBParam("RECEIVED_ON", day(received)),
                new DBParam("DEADLINE", day(deadline)), new DBParam("SUBMITTED_ON", day(submitted)),
                new DBParam("PAGE_ID", page), new DBParam("VERSION", 0));
    }

    private static java.util.Date day(String date) {
        return date == null ? null : CalendarDays.toDate(LocalDate.parse(date));
    }

    private String render(String outputType, Map<String, String> parameters) throws MacroExecutionException {
        String html = macro.execute(new HashMap<>(parameters), null, new HostConversionContext("UDS", 1L, outputType));
        assertFalse("a blocked or unknown template call leaves a literal reference:\n" + html,
                html.contains("$r.") || html.contains("$f.") || html.contains("$g.") || html.contains("$o.")
                        || html.contains("$t."));
        return html;
    }

    private static int count(String html, String part) {
        return html.split(Pattern.quote(part), -1).length - 1;
    }
}
