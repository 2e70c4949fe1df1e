package org.samraad.budget;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.MemberEntity;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.meeting.AttendanceEntity;
import org.samraad.meeting.MeetingEntity;
import org.samraad.plan.AnnualReportMacro;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.Rows;
import org.samraad.testing.TestPlugin;

/**
 * The budget and per-diem macros through the product-like renderer: the secretariat reads the table with amounts in
 * words of its language and gets the forms in the live page; everyone else reads only that it is the secretariat's;
 * the annual report shows spending against the budget to the secretariat alone. Three statements at most.
 */
public class BudgetMacrosTest extends AoTestSupport {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final String SECRETARY = "key-secretary";
    private static final String READER = "key-reader";

    private FakeConfluence confluence;
    private BudgetMacro budgetMacro;
    private PerDiemsMacro perDiemsMacro;
    private AnnualReportMacro reportMacro;
    private int meeting;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("ISH")
                .grant(null, Permission.VIEW, "ISH")
                .grant(READER, Permission.VIEW, "ISH")
                .grant(SECRETARY, Permission.ADMINISTER, "ISH")
                .actAs(SECRETARY);
        TestPlugin plugin = plugin().confluence(confluence).users(confluence).clock(() -> NOW).start();
        budgetMacro = plugin.get(BudgetMacro.class);
        perDiemsMacro = plugin.get(PerDiemsMacro.class);
        reportMacro = plugin.get(AnnualReportMacro.class);
        Rows rows = new Rows(ao);
        int ishoj = rows.council("ISH", "Udsatterådet i Ishøj", "da");
        MemberEntity aase = rows.member(ishoj, "CHAIR").name("Åse <b>Ærø</b>").save();
        aase.setPerDiemEligible(true);
        aase.save();
        MeetingEntity held = rows.meeting(ishoj, "HELD", LocalDate.of(2026, 3, 10).atTime(16, 0)
                .atZone(ZoneId.of("Europe/Copenhagen")).toInstant());
        meeting = held.getID();
        ao.create(AttendanceEntity.class, new DBParam("MEETING_ID", meeting), new DBParam("MEMBER_ID", aase.getID()),
                new DBParam("STATUS", "PRESENT"), new DBParam("VERSION", 0));
        plugin.get(BudgetService.class).update(ishoj, "2026", new BudgetInput(null, List.of(
                new BudgetInput.BudgetLineInput("PER_DIEMS", 2_500_000L, 45_000L)),
                new BudgetInput.BudgetRatesInput(45_000L, "FIXED", 5_000L), 0));
    }

    @Test
    public void theSecretariatReadsTheBudgetWithItsFormAndOthersReadThatItIsTheSecretariats() throws Exception {
        sql.reset();
        String html = render(budgetMacro, Map.of("year", "2026"), "display");
        assertTrue(sql.statements().toString(), sql.total() <= 3);
        assertTrue(html, html.contains("<h2 id=\"samraad-budget-"));
        assertTrue(html, html.contains("Budget 2026"));
        assertTrue(html, html.contains("<th scope=\"row\">Per-diems</th><td>25,000.00 DKK</td><td>450.00 DKK</td>"
                + "<td>24,550.00 DKK</td>"));
        assertTrue(html, html.contains("Per-diem: 450.00 DKK a meeting, plus 50.00 DKK for transport."));
        assertTrue(html, html.contains("/rest/samraad/1.0/councils/"));
        assertTrue(html, html.contains("class=\"aui top-label samraad-budget-edit\""));
        assertFalse("no form in an export", render(budgetMacro, Map.of("year", "2026"), "pdf")
                .contains("samraad-budget-edit"));

        confluence.actAs(READER);
        sql.reset();
        String reader = render(budgetMacro, Map.of("year", "2026"), "display");
        assertTrue(sql.statements().toString(), sql.total() <= 3);
        assertTrue(reader, reader.contains("The budget is shown only to the council’s secretariat."));
        assertFalse(reader.contains("DKK"));
    }

    @Test
    public void theSecretariatApprovesAMeetingsPerDiemsOnItsPage() throws Exception {
        sql.reset();
        String html = render(perDiemsMacro, Map.of("meeting", String.valueOf(meeting)), "display");
        assertTrue(sql.statements().toString(), sql.total() <= 3);
        assertTrue(html, html.contains("Åse &lt;b&gt;Ærø&lt;/b&gt;"));
        assertTrue(html, html.contains("<td>450.00 DKK</td><td>50.00 DKK</td><td>500.00 DKK</td>"));
        assertTrue(html, html.contains("Not approved yet: the list follows the attendance."));
        assertTrue(html, html.contains("data-approve=\"true\""));

        confluence.actAs(READER);
        String reader = render(perDiemsMacro, Map.of("meeting", String.valueOf(meeting)), "display");
        assertTrue(reader, reader.contains("The per-diem list is shown only to the council’s secretariat."));
        assertFalse(reader.contains("Åse"));
    }

    @Test
    public void theAnnualReportShowsSpendingAgainstTheBudgetOnlyToTheSecretariat() throws Exception {
        sql.reset();
        String html = render(reportMacro, Map.of("year", "2026"), "pdf");
        assertTrue(sql.statements().toString(), sql.total() <= 3);
        assertTrue(html, html.contains("Budget and spending"));
        assertTrue(html, html.contains("<tfoot><tr><th scope=\"row\">Total</th><td>25,000.00 DKK</td>"));
        assertTrue(html, html.contains("Per-diem lists approved for no meetings: 0.00 DKK"));

        confluence.actAs(READER);
        assertFalse(render(reportMacro, Map.of("year", "2026"), "pdf").contains("Budget and spending"));
    }

    private static String render(com.atlassian.confluence.macro.Macro macro, Map<String, String> parameters,
            String outputType) throws Exception {
        String html = macro.execute(new HashMap<>(parameters), null, new HostConversionContext("ISH", 1L, outputType));
        assertFalse("a blocked or unknown template call leaves a literal reference:\n" + html,
                html.contains("$b.") || html.contains("$p.") || html.contains("$line.") || html.contains("$t.")
                        || html.contains("$r.") || html.contains("$total."));
        return html;
    }
}
