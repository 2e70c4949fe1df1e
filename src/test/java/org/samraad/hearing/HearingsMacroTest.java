package org.samraad.hearing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.platform.CalendarDays;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;

/**
 * The hearing register macro through the product-like renderer (automatic HTML encoding, the descriptor's Velocity
 * allowlist) on the test database: order and deadline words, the on-time rate, hostile text, parameters, output
 * types, and the three-statement budget for 5 and 2 000 hearings. Today is 22 November 2026 in Copenhagen.
 */
public class HearingsMacroTest extends AoTestSupport {
    private static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final String EDITOR = "key-editor";
    private static final String HOSTILE = "<script>window.x=1</script>\"Åse\" & 'co'";
    private static final String HOSTILE_ESCAPED = "&lt;script&gt;window.x=1&lt;/script&gt;&quot;Åse&quot; &amp; &#39;co&#39;";

    private FakeConfluence confluence;
    private HearingsMacro macro;
    private int uds;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS").space("INT")
                .grant(null, Permission.VIEW, "UDS")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .actAs(EDITOR);
        macro = plugin().confluence(confluence).users(Map.of(EDITOR, "Edvin Editor")).clock(() -> NOW).start()
                .get(HearingsMacro.class);
        uds = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "UDS"), new DBParam("NAME", "Udsatterådet Nordby"),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("LOCALE", "da"), new DBParam("VERSION", 0)).getID();
    }

    @Test
    public void openHearingsComeFirstByDeadlineWithTheDeadlineInWordsAndTheRateOfTheYear() throws Exception {
        hearing("Overskredet", "DRAFTING", TODAY.minusDays(3), null);
        hearing("I dag", "COUNCIL_REVIEW", TODAY, null);
        hearing("Senere", "RECEIVED", TODAY.plusDays(30), null);
        hearing("Besvaret", "SUBMITTED", TODAY.minusDays(20), TODAY.minusDays(21));
        hearing("Sent besvaret", "SUBMITTED", TODAY.minusDays(40), TODAY.minusDays(38));
        confluence.actAs(null);

        String html = render("display", Map.of());

        assertTrue(html.contains(">Hearings: Udsatterådet Nordby</h2>"));
        assertTrue(html.indexOf("Overskredet") < html.indexOf(">I dag<")
                && html.indexOf(">I dag<") < html.indexOf("Senere")
                && html.indexOf("Senere") < html.indexOf(">Besvaret<")
                && html.indexOf(">Besvaret<") < html.indexOf("Sent besvaret"));
        assertTrue(html.contains("<strong class=\"samraad-hearing-urgent aui-lozenge aui-lozenge-error\">Deadline passed 3 days ago</strong>"));
        assertTrue(html.contains("<strong class=\"samraad-hearing-urgent aui-lozenge aui-lozenge-moved\">Deadline today</strong>"));
        assertTrue(html.contains("30 days left"));
        assertTrue(html.contains("Answered on time</td>") || html.contains("Answered on time<"));
        assertTrue(html.contains("Answered after the deadline"));
        assertTrue("overdue counts as late: 1 on time of 3 owed", html.contains("Answered on time in 2026: 1 of 3 (33 %)."));
        assertTrue(html.contains("<time datetime=\"" + TODAY.minusDays(3) + "\">"));
        assertTrue(html.contains("<th scope=\"col\">Deadline</th>"));
        assertTrue(html.contains(">Hearings – open ones first, sorted by deadline</caption>"));
        assertTrue(html.contains("5 of 5 hearings shown."));
    }

    @Test
    public void aHearingWithAResponsePageLinksToItAndOneWithoutDoesNot() throws Exception {
        int withPage = hearing("Høring med svarside", "DRAFTING", TODAY.plusDays(10), null);
        HearingEntity row = ao.get(HearingEntity.class, withPage);
        row.setPageId(4711L);
        row.save();
        hearing("Høring uden svarside", "RECEIVED", TODAY.plusDays(20), null);

        String html = render("pdf", Map.of());

        assertTrue(html.contains("<a class=\"samraad-hearing-title\" href=\"/wiki/pages/viewpage.action?pageId=4711\" lang=\"da\">"
                + "Høring med svarside</a>"));
        assertTrue("the council's Danish titles say so in an English page",
                html.contains("<span class=\"samraad-hearing-title\" lang=\"da\">Høring uden svarside</span>"));
    }

    @Test
    public void anApprovedResponseShowsItsOpeningInTheRegisterWithALinkToTheResponseAndADraftShowsNothing()
            throws Exception {
        int approved = hearing("Høring om natcafé", "APPROVED", TODAY.plusDays(10), null);
        respond(approved, 4711L, "Rådet støtter planen og ønsker en natcafé.\n\nDet andet afsnit.");
        int submitted = hearing("Høring om busplan", "SUBMITTED", TODAY.minusDays(5), TODAY.minusDays(6));
        respond(submitted, null, "Ja. " + "Meget lang tekst om busser og stoppesteder ".repeat(10));
        int draft = hearing("Høring om boliger", "DRAFTING", TODAY.plusDays(20), null);
        respond(draft, 4712L, "Et udkast ingen må citere endnu.");
        confluence.actAs(null);

        for (String outputType : new String[] {"display", "pdf"}) {
            String[] rendered = new String[1];
            sql.assertAtMost(3, () -> rendered[0] = render(outputType, Map.of()));
            String html = rendered[0];
            assertTrue(html, html.contains("<p class=\"samraad-hearing-excerpt\"><span lang=\"da\">Rådet støtter planen og ønsker en natcafé.</span> "
                    + "<a href=\"/wiki/pages/viewpage.action?pageId=4711\">Response</a></p>"));
            assertFalse("the opening only", html.contains("Det andet afsnit"));
            String cut = html.substring(html.indexOf("Ja. Meget lang tekst"));
            cut = cut.substring(0, cut.indexOf("</span>"));
            assertTrue(cut, cut.endsWith("…") && cut.length() <= 162);
            assertFalse("without a page, no link", cut.contains("<a "));
            assertFalse("a draft is not the council's response yet", html.contains("Et udkast"));
        }
    }

    @Test
    public void aHearingWhosePageIsRestrictedKeepsItsResponseOutOfTheRegister() throws Exception {
        int approved = hearing("Høring om natcafé", "APPROVED", TODAY.plusDays(10), null);
        respond(approved, 4711L, "Rådets hemmelige svar.");
        confluence.page(4711L, "UDS").restrictPage(4711L, EDITOR);
        confluence.actAs(null);
        assertFalse(render("display", Map.of()).contains("hemmelige"));
        confluence.actAs(EDITOR);
        assertTrue(render("display", Map.of()).contains("Rådets hemmelige svar."));
    }

    @Test
    public void parametersFilterTheRegisterAndBadOnesSayWhichParameterIsWrong() throws Exception {
        hearing("Åben", "DRAFTING", TODAY.plusDays(3), null);
        hearing("Besvaret", "SUBMITTED", TODAY.minusDays(3), TODAY.minusDays(4));
        hearing("Næste år", "RECEIVED", LocalDate.of(2027, 2, 1), null);

        String open = render("display", Map.of("open", "true"));
        assertTrue(open.contains("Åben") && open.contains("Næste år") && !open.contains(">Besvaret<"));
        String submitted = render("display", Map.of("status", "submitted"));
        assertTrue(submitted.contains(">Besvaret<") && !submitted.contains("Åben"));
        String nextYear = render("display", Map.of("year", "2027"));
        assertTrue(nextYear.contains("Næste år") && !nextYear.contains("Åben"));
        assertTrue(nextYear.contains("No hearing with a deadline in 2027 has been due yet."));
        assertTrue(render("display", Map.of("pageSize", "1")).contains("1 of 3 hearings shown."));

        assertMacroError(Map.of("status", "sent"), "The status parameter: Choose one of the listed values.");
        assertMacroError(Map.of("year", "next"), "The year parameter: Enter a year from 2000 to 2100.");
        assertMacroError(Map.of("pageSize", "101"), "The pageSize parameter: Show between 1 and 100 hearings at a time.");
        assertMacroError(Map.of("open", "maybe"), "The open parameter: Use true or false.");
    }

    @Test
    public void hostileTextIsEscapedEverywhere() throws Exception {
        int id = hearing(HOSTILE, "DRAFTING", TODAY.plusDays(3), null);
        HearingEntity row = ao.get(HearingEntity.class, id);
        row.setIssuingBody(HOSTILE);
        row.setIssuerReference(HOSTILE);
        row.setResponsibleName(HOSTILE);
        row.save();

        String html = render("display", Map.of());

        assertFalse(html.contains("<script>"));
        assertEquals(4, html.split(java.util.regex.Pattern.quote(HOSTILE_ESCAPED), -1).length - 1);
    }

    @Test
    public void everyOutputTypeGetsTheSameStaticRegister() throws Exception {
        hearing("Høring", "DRAFTING", TODAY.plusDays(3), null);
        String display = render("display", Map.of());
        for (String outputType : new String[] {"preview", "pdf", "word", "email", "html_export", "feed"}) {
            String html = render(outputType, Map.of());
            assertTrue(outputType, html.contains("3 days left"));
            assertFalse(outputType, html.contains("<form") || html.contains("<button"));
        }
        assertFalse(display.contains("<form") || display.contains("<button"));
    }

    @Test
    public void aSpaceWithoutACouncilSaysSo() throws Exception {
        String html = macro.execute(new HashMap<>(), null, new HostConversionContext("INT", 1L, "display"));
        assertTrue(html.contains("samraad-hearings-no-council"));
    }

    @Test
    public void theRegisterCostsAtMostThreeStatementsForFiveAndForTwoThousandHearings() throws Exception {
        for (int count : new int[] {5, 1995}) {
            for (int i = 0; i < count; i++) {
                hearing("Høring " + i, HearingStatus.values()[i % 6].name(), TODAY.plusDays(i % 90 - 45),
                        i % 6 == 4 ? TODAY.minusDays(50) : null);
            }
            sql.reset();
            String html = render("pdf", Map.of());
            assertTrue(sql.statements().toString(), sql.total() <= 3);
            assertTrue(html.contains(count == 5 ? "5 of 5 hearings shown." : "25 of 2,000 hearings shown."));
        }
    }

    private int hearing(String title, String status, LocalDate deadline, LocalDate submittedOn) {
        return ao.create(HearingEntity.class, new DBParam("COUNCIL_ID", uds), new DBParam("SUBJECT", title),
                new DBParam("STATUS", status), new DBParam("DEADLINE", CalendarDays.toDate(deadline)),
                new DBParam("SUBMITTED_ON", CalendarDays.toDate(submittedOn)), new DBParam("VERSION", 0)).getID();
    }

    private void respond(int id, Long page, String response) {
        HearingEntity row = ao.get(HearingEntity.class, id);
        row.setPageId(page);
        row.setResponse(response);
        row.save();
    }

    private String render(String outputType, Map<String, String> parameters) throws MacroExecutionException {
        String html = macro.execute(new HashMap<>(parameters), null, new HostConversionContext("UDS", 1L, outputType));
        assertFalse("a blocked or unknown template call leaves a literal reference:\n" + html,
                html.contains("$h.") || html.contains("$line.") || html.contains("$t."));
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
