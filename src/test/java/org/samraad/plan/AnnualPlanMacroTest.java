package org.samraad.plan;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.samraad.plan.AnnualPlanServiceTest.council;

import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.security.Permission;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.hearing.HearingEntity;
import org.samraad.meeting.MeetingEntity;
import org.samraad.meeting.MeetingInput;
import org.samraad.platform.CalendarDays;
import org.samraad.testing.AoTestSupport;
import org.samraad.meeting.MeetingService;
import org.samraad.testing.TestPlugin;
import org.samraad.testing.FakeConfluence;

/**
 * The annual plan macro through the product-like renderer (automatic HTML encoding, the descriptor's Velocity
 * allowlist): months and wheel, kinds in words, today marked, hostile text, parameters, output types, editors' forms,
 * and the statement budget. Today is Sunday 22 November 2026 in Copenhagen.
 */
public class AnnualPlanMacroTest extends AoTestSupport {
    private static final String EDITOR = "key-editor";
    private static final String READER = "key-reader";
    private static final String HOSTILE = "<script>window.x=1</script>\"Åse\" & 'co'";
    private static final String HOSTILE_ESCAPED = "&lt;script&gt;window.x=1&lt;/script&gt;&quot;Åse&quot; &amp; &#39;co&#39;";

    private FakeConfluence confluence;
    private MeetingService meetings;
    private PlanEntryService entries;
    private AnnualPlanMacro macro;
    private int uds;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS").space("INT")
                .grant(null, Permission.VIEW, "UDS")
                .grant(READER, Permission.VIEW, "UDS")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .actAs(EDITOR);
        // Confluence is the directory too: every user it knows exists (with its own made-up names)
        TestPlugin plugin = plugin().confluence(confluence).users(confluence).clock(() -> AnnualPlanServiceTest.NOW)
                .start();
        meetings = plugin.get(MeetingService.class);
        entries = plugin.get(PlanEntryService.class);
        macro = plugin.get(AnnualPlanMacro.class);
        uds = council(ao, "UDS", "da");
    }

    @Test
    public void eachMonthListsItsLinesWithTheKindInWordsAndTodayIsMarked() throws Exception {
        int meeting = meetings.create(uds, new MeetingInput("ORDINARY", "2026-12-08", "16:00", "18:00", "Rådhuset",
                true, "Rådsmøde december", null, null)).id();
        MeetingEntity row = ao.get(MeetingEntity.class, meeting);
        row.setPageId(4711L);
        row.save();
        meetings.create(uds, new MeetingInput("ORDINARY", "2026-12-15", "16:00", null, null, true, "Uden side",
                null, null));
        hearing("Høring om udsattepolitik", LocalDate.of(2026, 11, 30));
        entries.create(uds, new PlanEntryInput("THEME_DAY", "Temadag om hjemløshed", "2026-03-03", null, null,
                null, null, null));
        entries.create(uds, new PlanEntryInput("REPORT", "Næste års rapport", "2027-01-15", null, null, null, null,
                null));
        confluence.actAs(READER);

        String html = render("display", Map.of());

        assertTrue(html.contains(">Annual plan 2026</h2>"));
        assertTrue(html.contains("Entries this year: 4"));
        assertFalse(html.contains("Næste års rapport"));
        assertTrue(html.contains("<span class=\"aui-lozenge aui-lozenge-subtle samraad-plan-kind\">Theme day</span><span class=\"assistive\">:</span>"));
        assertTrue(html.contains("<span class=\"aui-lozenge aui-lozenge-subtle samraad-plan-kind\">Hearing deadline</span><span class=\"assistive\">:</span>"));
        assertTrue(html.contains("<span class=\"aui-lozenge aui-lozenge-subtle samraad-plan-kind\">Ordinary meeting</span><span class=\"assistive\">:</span>"));
        assertTrue(html.contains("<time datetime=\"2026-12-08\">Tue 8 December</time> <span class=\"samraad-plan-time\">16:00–18:00</span>"));
        assertTrue("the council's Danish title is marked as Danish in an English page",
                html.contains("<a href=\"/wiki/pages/viewpage.action?pageId=4711\" lang=\"da\">Rådsmøde december</a>"));
        assertTrue(html.contains("<span class=\"samraad-plan-title\" lang=\"da\">Uden side</span>"));
        assertTrue(html.contains("(no page yet)"));
        assertTrue(html.contains("(Planned)") && html.contains("(Received)"));
        assertTrue("today sits between the deadline of the 30th and nothing earlier in November",
                html.contains("<strong>Today: <time datetime=\"2026-11-22\">Sun 22 November</time></strong>")
                        && html.indexOf("Today: <time") < html.indexOf("Høring om udsattepolitik"));
        assertTrue(html.contains("November <span class=\"samraad-plan-current\">(this month)</span></h3>"));
        assertEquals("every month has a heading", 12, html.split("<h3 id=\"samraad-plan-").length - 1);
        assertTrue(html.contains("Nothing planned."));
        assertTrue(html.contains("href=\"/wiki/rest/samraad/1.0/councils/" + uds + "/calendar.ics\""));
        assertFalse("no wheel unless asked", html.contains("<svg"));
    }

    @Test
    public void theWheelHasAnAccessibleTitleMonthSegmentsMarksAndTheSameListBelow() throws Exception {
        hearing("Høring", LocalDate.of(2026, 6, 1));
        entries.create(uds, new PlanEntryInput("CAMPAIGN", "Kampagne", "2026-09-01", null, null, null, null, null));

        String html = render("display", Map.of("layout", "wheel"));

        assertTrue(html.contains("role=\"img\""));
        assertTrue(html.contains("<title id=\"") && html.contains("Annual wheel 2026: the months as segments"));
        assertEquals(12, html.split("<path d=\"M ").length - 1);
        assertTrue("January from twelve to one o'clock, outer arc then inner",
                html.contains("<path d=\"M 170.0 30.0 A 140 140 0 0 1 240.0 48.8 L 205.0 109.4 A 70 70 0 0 0 170.0 100.0 Z\""));
        assertTrue(html.contains("<title>June, entries: 1</title>"));
        assertTrue(html.contains("<title>Mon 1 June: Hearing deadline – Høring</title><rect"));
        assertTrue(html.contains("<title>Tue 1 September: Campaign – Kampagne</title><circle"));
        assertTrue(html.contains("class=\"samraad-plan-today-mark\""));
        assertTrue("the list stays for screen readers and export",
                html.contains("<span class=\"aui-lozenge aui-lozenge-subtle samraad-plan-kind\">Campaign</span><span class=\"assistive\">:</span>"));
        assertTrue(html.indexOf("</svg>") < html.indexOf("samraad-plan-months"));
    }

    @Test
    public void hostileTextIsEscapedInTheListAndInTheWheel() throws Exception {
        entries.create(uds, new PlanEntryInput("EVENT", HOSTILE, "2026-12-01", "10:00", null, HOSTILE, null,
                null));
        hearing(HOSTILE, LocalDate.of(2026, 12, 2));

        String html = render("display", Map.of("layout", "wheel"));

        assertFalse(html.contains("<script>"));
        assertEquals("two titles and a place in the list, two titles in the wheel, the editor's delete and change"
                + " labels, the delete's title for what it says", 8,
                html.split(Pattern.quote(HOSTILE_ESCAPED), -1).length - 1);
    }

    @Test
    public void editorsGetFormsInTheLivePageOnlyAndEveryOtherOutputIsStatic() throws Exception {
        PlanEntry budget = entries.create(uds, new PlanEntryInput("BUDGET", "Budget", "2026-09-01", null, null,
                null, null, null));
        hearing("Høring", LocalDate.of(2026, 9, 2));
        String display = render("display", Map.of());
        assertTrue(display.contains("<button type=\"button\" class=\"aui-button aui-button-danger samraad-plan-delete\" hidden"
                + " data-entry-id=\"" + budget.id() + "\" data-title=\"Budget\" data-version=\"0\" aria-label=\"Delete Budget\">Delete</button>"));
        assertEquals("only own entries can be deleted here", 1, display.split("samraad-plan-delete").length - 1);
        assertTrue(display.contains("<button type=\"button\" class=\"aui-button aui-button-subtle samraad-plan-change\" hidden data-entry-id=\""
                + budget.id() + "\" aria-label=\"Change Budget\">Change</button>"));
        assertEquals("only own entries can be changed here", 1, display.split("samraad-plan-change\"").length - 1);
        assertTrue(display.contains("<form class=\"aui top-label samraad-plan-add\""));
        assertTrue(display.contains("<form class=\"aui top-label samraad-plan-series\""));
        assertTrue(display.contains("value=\"2027\""));
        for (String outputType : new String[] {"preview", "pdf", "word", "email", "html_export", "feed"}) {
            String html = render(outputType, Map.of());
            assertTrue(outputType, html.contains("Budget"));
            assertFalse(outputType, html.contains("<form") || html.contains("<button") || html.contains("<input"));
        }
        confluence.actAs(READER);
        String reader = render("display", Map.of());
        assertFalse(reader.contains("<form"));
        assertFalse(reader.contains("samraad-plan-change"));
        assertTrue("a signed-in reader may make a private feed address", reader.contains("samraad-plan-feed-make"));
        confluence.actAs(null);
        String anonymous = render("display", Map.of());
        assertTrue(anonymous.contains("Budget"));
        assertFalse("an anonymous reader has no address to make", anonymous.contains("samraad-plan-feed"));
    }

    @Test
    public void badParametersSayWhatIsWrongAndASpaceWithoutACouncilSaysSo() throws Exception {
        assertMacroError(Map.of("layout", "spiral"), "The layout must be months or wheel.");
        assertMacroError(Map.of("year", "next"), "Enter a year from 2000 to 2100.");
        assertMacroError(Map.of("year", "1999"), "Enter a year from 2000 to 2100.");
        assertTrue(render("display", Map.of("year", "2027")).contains(">Annual plan 2027</h2>"));
        String none = macro.execute(new HashMap<>(), null, new HostConversionContext("INT", 1L, "display"));
        assertTrue(none.contains("samraad-plan-no-council"));
    }

    @Test
    public void thePlanCostsAtMostThreeStatementsForFewAndForManyLines() throws Exception {
        for (int count : new int[] {3, 597}) {
            for (int i = 0; i < count; i++) {
                LocalDate day = LocalDate.of(2026, 1, 1).plusDays(i % 365);
                if (i % 2 == 0) {
                    hearing("Høring " + i, day);
                } else {
                    entries.create(uds, new PlanEntryInput("EVENT", "Punkt " + i, day.toString(), null, null,
                            null, null, null));
                }
            }
            sql.reset();
            String html = render("pdf", Map.of("layout", "wheel"));
            assertTrue(sql.statements().toString(), sql.total() <= 3);
            assertTrue(html.contains("Entries this year: " + (count == 3 ? 3 : 600)));
        }
    }

    private void hearing(String subject, LocalDate deadline) {
        ao.create(HearingEntity.class, new DBParam("COUNCIL_ID", uds), new DBParam("SUBJECT", subject),
                new DBParam("STATUS", "RECEIVED"), new DBParam("DEADLINE", CalendarDays.toDate(deadline)),
                new DBParam("VERSION", 0));
    }

    private String render(String outputType, Map<String, String> parameters) throws MacroExecutionException {
        String html = macro.execute(new HashMap<>(parameters), null, new HostConversionContext("UDS", 1L,
                outputType));
        assertFalse("a blocked or unknown template call leaves a literal reference:\n" + html,
                html.contains("$p.") || html.contains("$line.") || html.contains("$month.") || html.contains("$t.")
                        || html.contains("$segment.") || html.contains("$mark."));
        return html;
    }

    private void assertMacroError(Map<String, String> parameters, String message) {
        try {
            render("display", parameters);
            fail("expected a macro error for " + parameters);
        } catch (MacroExecutionException e) {
            assertEquals(message, e.getMessage());
        }
    }
}
