package org.samraad.budget;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.samraad.testing.Refusals.expect;
import static org.samraad.testing.Refusals.expectValidation;

import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.MemberEntity;
import org.samraad.council.MemberHasHistoryException;
import org.samraad.council.MemberService;
import org.samraad.meeting.AttendanceEntity;
import org.samraad.meeting.MeetingEntity;
import org.samraad.plan.AnnualReport;
import org.samraad.plan.AnnualReportService;
import org.samraad.plan.FinalReportService;
import org.samraad.plan.ReportBudget;
import org.samraad.platform.CsvWriter;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.StaleVersionException;
import org.samraad.platform.ValidationException;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.Rows;
import org.samraad.testing.TestPlugin;

/**
 * Budget and per-diems as seed 003 describes them for the Ishøj udsatteråd: 25 000 kr a year for per-diems to
 * members who are not on the city council, catering, transport and theme days. Four held meetings; at each, the
 * members present who receive per-diems (and a substitute who came) are on the list, a city councillor and an absent
 * member are not; the secretary approves each list, payroll gets them as CSV, and the annual report shows spending
 * against the budget to the secretariat only. Today is 1 December 2026 in Copenhagen.
 */
public class BudgetServiceTest extends AoTestSupport {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    private static final String SECRETARY = "key-secretary";
    private static final String EDITOR = "key-editor";
    private static final String READER = "key-reader";
    private static final String ADMIN = "key-admin";
    private static final BudgetInput.BudgetRatesInput RATES = new BudgetInput.BudgetRatesInput(45_000L, "FIXED", 5_000L);

    private FakeConfluence confluence;
    private BudgetService budgets;
    private PerDiemService perDiems;
    private PerDiemCsv csv;
    private AnnualReportService reports;
    private FinalReportService finalReports;
    private MemberService members;
    private Rows rows;
    private int ishoj;
    private int aase;
    private int bjorn;
    private int councillor;
    private int absent;
    private int substitute;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("ISH").space("INT")
                .grant(null, Permission.VIEW, "ISH")
                .grant(READER, Permission.VIEW, "ISH")
                .grant(EDITOR, Permission.EDIT, "ISH")
                .grant(SECRETARY, Permission.EDIT, "ISH")
                .grant(ADMIN, Permission.ADMINISTER, "ISH")
                .actAs(SECRETARY);
        TestPlugin plugin = plugin().confluence(confluence).users(confluence).clock(() -> NOW).start();
        budgets = plugin.get(BudgetService.class);
        perDiems = plugin.get(PerDiemService.class);
        csv = plugin.get(PerDiemCsv.class);
        reports = plugin.get(AnnualReportService.class);
        finalReports = plugin.get(FinalReportService.class);
        members = plugin.get(MemberService.class);
        rows = new Rows(ao);
        ishoj = rows.council("ISH", "Udsatterådet i Ishøj", "da");
        rows.secretary(ishoj, SECRETARY);
        aase = eligible(rows.member(ishoj, "CHAIR").name("Åse Ærø-Møller").save());
        bjorn = eligible(rows.member(ishoj, "MEMBER").name("Bjørn Sørensen").noConsent().save());
        councillor = rows.member(ishoj, "MEMBER").name("Byrådsmedlem Hansen").save().getID();
        absent = eligible(rows.member(ishoj, "MEMBER").name("Fraværende Jensen").save());
        substitute = eligible(rows.member(ishoj, "SUBSTITUTE").name("Stedfortræder Østergaard").save());
    }

    private static int eligible(MemberEntity member) {
        member.setPerDiemEligible(true);
        member.save();
        return member.getID();
    }

    private Budget ishojBudget() {
        return budgets.update(ishoj, "2026", new BudgetInput(null, List.of(
                new BudgetInput.BudgetLineInput("PER_DIEMS", 1_200_000L, 0L),
                new BudgetInput.BudgetLineInput("CATERING", 600_000L, 212_550L),
                new BudgetInput.BudgetLineInput("TRANSPORT", 200_000L, 0L),
                new BudgetInput.BudgetLineInput("THEME_DAYS", 500_000L, 350_000L)),
                new BudgetInput.BudgetRatesInput(45_000L, "FIXED", 5_000L), 0));
    }

    /** A held meeting on that day: Åse and Bjørn present, the councillor present, Jensen absent with a substitute. */
    private int heldMeeting(LocalDate day) {
        MeetingEntity meeting = rows.meeting(ishoj, "HELD", day.atTime(16, 0).atZone(CPH).toInstant());
        meeting.setTitle("Udsatterådet – møde " + day);
        meeting.save();
        attendance(meeting.getID(), aase, "PRESENT", null);
        attendance(meeting.getID(), bjorn, "PRESENT", null);
        attendance(meeting.getID(), councillor, "PRESENT", null);
        attendance(meeting.getID(), absent, "SUBSTITUTE_ATTENDED", substitute);
        return meeting.getID();
    }

    private void attendance(int meeting, int member, String status, Integer substituteId) {
        ao.create(AttendanceEntity.class, new DBParam("MEETING_ID", meeting), new DBParam("MEMBER_ID", member),
                new DBParam("STATUS", status), new DBParam("SUBSTITUTE_ID", substituteId), new DBParam("VERSION", 0));
    }

    private PerDiemList approve(int meeting) {
        return perDiems.update(meeting, new PerDiemInput(List.of(), true, perDiems.list(meeting).version()));
    }

    @Test
    public void theSecretarySetsTheYearsTwentyFiveThousandKronerBudgetInKroner() {
        Budget unsaved = budgets.budget(ishoj, "2026");
        assertEquals(0, unsaved.version());
        assertEquals("DKK", unsaved.currency());
        assertEquals(5, unsaved.lines().size());

        Budget budget = ishojBudget();

        assertEquals(2026, budget.year());
        assertEquals("DKK", budget.currency());
        assertEquals(2_500_000L, budget.planned());
        assertEquals(562_550L, budget.spent());
        assertEquals(List.of(BudgetCategory.PER_DIEMS, BudgetCategory.CATERING, BudgetCategory.TRANSPORT,
                BudgetCategory.THEME_DAYS, BudgetCategory.OTHER),
                budget.lines().stream().map(BudgetLine::category).toList());
        assertEquals(new BudgetLine(BudgetCategory.OTHER, 0, 0), budget.lines().get(4));
        assertEquals(new BudgetRates(45_000L, TransportRate.FIXED, 5_000L), budget.rates());
        assertEquals(1, budget.version());
        assertEquals(budget, budgets.budget(ishoj, "2026"));
        assertEquals("another year is its own", 0, budgets.budget(ishoj, "2027").planned());
    }

    @Test
    public void perDiemsFromFourMeetingsGoToEligibleMembersPresentAndTheSubstituteWhoCame() {
        ishojBudget();
        List<Integer> meetings = List.of(heldMeeting(LocalDate.of(2026, 2, 10)), heldMeeting(LocalDate.of(2026, 5, 12)),
                heldMeeting(LocalDate.of(2026, 9, 8)), heldMeeting(LocalDate.of(2026, 11, 10)));

        PerDiemList first = perDiems.list(meetings.get(0));
        assertEquals(List.of("Bjørn Sørensen", "Stedfortræder Østergaard", "Åse Ærø-Møller"),
                first.items().stream().map(PerDiemLine::name).toList());
        assertEquals(List.of(bjorn, substitute, aase), first.items().stream().map(PerDiemLine::memberId).toList());
        assertTrue(first.items().get(1).substitute());
        assertEquals(50_000L, first.items().get(0).amount());
        assertEquals(150_000L, first.total());
        assertFalse(first.approved());

        meetings.forEach(this::approve);

        Budget budget = budgets.budget(ishoj, "2026");
        assertEquals(600_000L, budget.approvedPerDiems());
        assertEquals(4, budget.approvedMeetings());
        ReportBudget report = reports.report(ishoj, "2026").budget();
        assertEquals(2_500_000L, report.planned());
        assertEquals(600_000L, report.approvedPerDiems());
        assertEquals(4, report.approvedMeetings());
    }

    @Test
    public void approvingFreezesTheListAgainstLaterAttendanceAndRatesUntilReopened() {
        ishojBudget();
        int meeting = heldMeeting(LocalDate.of(2026, 3, 10));
        PerDiemList approved = approve(meeting);
        assertTrue(approved.approved());
        assertEquals(NOW, approved.approvedAt());
        assertEquals(150_000L, approved.total());

        ao.deleteWithSQL(AttendanceEntity.class, "MEMBER_ID = ?", bjorn);
        budgets.update(ishoj, "2026", new BudgetInput(null, List.of(), new BudgetInput.BudgetRatesInput(99_900L,
                "NONE", 0L), 1));
        assertEquals("frozen", approved, perDiems.list(meeting));

        expect(PerDiemConflictException.class, () -> perDiems.update(meeting, new PerDiemInput(List.of(), true,
                approved.version())));
        expect(PerDiemConflictException.class, () -> perDiems.update(meeting, new PerDiemInput(List.of(), null,
                approved.version())));
        expect(StaleVersionException.class, () -> perDiems.update(meeting, new PerDiemInput(List.of(), false, 0)));

        PerDiemList reopened = perDiems.update(meeting, new PerDiemInput(null, false, approved.version()));
        assertFalse(reopened.approved());
        assertEquals("the new rate, without the member who left", List.of(99_900L, 99_900L),
                reopened.items().stream().map(PerDiemLine::amount).toList());
    }

    @Test
    public void transportPerKilometreUsesTheDistancesTheSecretaryRecorded() {
        budgets.update(ishoj, "2026", new BudgetInput("DKK", List.of(), new BudgetInput.BudgetRatesInput(45_000L,
                "PER_KM", 379L), 0));
        int meeting = heldMeeting(LocalDate.of(2026, 4, 14));

        PerDiemList saved = perDiems.update(meeting, new PerDiemInput(List.of(new PerDiemInput.Distance(aase, 12),
                new PerDiemInput.Distance(substitute, 30)), false, 0));

        assertEquals(List.of(45_000L, 45_000L + 30 * 379L, 45_000L + 12 * 379L),
                saved.items().stream().map(PerDiemLine::amount).toList());
        assertEquals(Integer.valueOf(12), saved.items().get(2).km());
        assertNull(saved.items().get(0).km());
        assertFalse(saved.approved());
    }

    @Test
    public void aMemberOnAPerDiemListStaysOnTheCouncilsRecord() {
        int meeting = heldMeeting(LocalDate.of(2026, 3, 10));
        ao.deleteWithSQL(AttendanceEntity.class, "MEETING_ID = ?", meeting);
        attendance(meeting, aase, "PRESENT", null);
        approve(meeting);
        ao.deleteWithSQL(AttendanceEntity.class, "MEETING_ID = ?", meeting);

        expect(MemberHasHistoryException.class, () -> members.delete(aase));
    }

    @Test
    public void aMeetingNotYetHeldHasNoApprovableList() {
        MeetingEntity planned = rows.meeting(ishoj, "PLANNED", Instant.parse("2026-12-08T15:00:00Z"));
        expect(PerDiemConflictException.class, () -> perDiems.update(planned.getID(),
                new PerDiemInput(List.of(), true, 0)));
    }

    @Test
    public void budgetAndPerDiemsAreTheSecretariatsAlone() {
        int meeting = heldMeeting(LocalDate.of(2026, 2, 10));
        ishojBudget();
        for (String outsider : new String[] {READER, EDITOR, null}) {
            confluence.actAs(outsider);
            expect(ForbiddenException.class, () -> budgets.budget(ishoj, "2026"));
            expect(ForbiddenException.class, () -> budgets.update(ishoj, "2026",
                    new BudgetInput(null, List.of(), null, 1)));
            expect(ForbiddenException.class, () -> perDiems.list(meeting));
            expect(ForbiddenException.class, () -> csv.export(ishoj, "2026"));
            AnnualReport report = reports.report(ishoj, "2026");
            assertNull("no spending in the report for " + outsider, report.budget());
        }
        confluence.actAs(ADMIN);
        assertEquals(2_500_000L, budgets.budget(ishoj, "2026").planned());
        confluence.actAs(SECRETARY);
        int hidden = rows.council("INT", "Intern");
        expect(NotFoundException.class, () -> budgets.budget(hidden, "2026"));
    }

    @Test
    public void aFinalReportKeepsTheBudgetAsMadeFinalForThoseWhoMayEditTheSpaceAndNeverForReaders() {
        budgets.update(ishoj, "2025", new BudgetInput(null, List.of(
                new BudgetInput.BudgetLineInput("CATERING", 600_000L, 212_550L)), RATES, 0));
        finalReports.makeFinal(ishoj, "2025", null);
        budgets.update(ishoj, "2025", new BudgetInput(null, List.of(
                new BudgetInput.BudgetLineInput("CATERING", 600_000L, 400_000L)), RATES, 1));

        for (String insider : new String[] {SECRETARY, ADMIN, EDITOR}) {
            confluence.actAs(insider);
            AnnualReport report = reports.report(ishoj, "2025");
            assertNotNull(report.finalVersion());
            assertEquals("the budget as made final for " + insider, 212_550L, report.budget().spent());
        }
        for (String outsider : new String[] {READER, null}) {
            confluence.actAs(outsider);
            assertNull("no spending in the final report for " + outsider, reports.report(ishoj, "2025").budget());
        }
    }

    @Test
    public void aStaleBudgetVersionIsAConflict() {
        ishojBudget();
        expect(StaleVersionException.class, this::ishojBudget);
        expect(StaleVersionException.class, () -> budgets.update(ishoj, "2027",
                new BudgetInput(null, List.of(), null, 3)));
    }

    @Test
    public void everyFieldOfTheBudgetAndTheListIsValidatedWithFieldErrors() {
        ValidationException e = expectValidation(() -> budgets.update(ishoj, "2026", new BudgetInput("NOK",
                java.util.Arrays.asList(new BudgetInput.BudgetLineInput("CAKE", -1L, 0L),
                        new BudgetInput.BudgetLineInput("CATERING", 1L, BudgetService.AMOUNT_MAX + 1),
                        new BudgetInput.BudgetLineInput("catering", 1L, 1L), null),
                new BudgetInput.BudgetRatesInput(-5L, "BUS", -1L), null)));
        assertEquals(Set.of("version|samraad.error.required", "currency|samraad.error.invalid-choice",
                "lines[0].category|samraad.error.invalid-choice", "lines[0].planned|samraad.budget.error.amount",
                "lines[1].spent|samraad.budget.error.amount", "lines[2].category|samraad.budget.error.duplicate-category",
                "lines[3].category|samraad.error.required", "rates.perMeeting|samraad.budget.error.amount",
                "rates.transport|samraad.error.invalid-choice", "rates.transportAmount|samraad.budget.error.amount"),
                fields(e));
        assertEquals(Set.of("year|samraad.error.year"), fields(expectValidation(() -> budgets.budget(ishoj, "1999"))));

        int meeting = heldMeeting(LocalDate.of(2026, 2, 10));
        assertEquals(Set.of("lines[0].memberId|samraad.perdiem.error.not-on-list",
                "lines[1].km|samraad.perdiem.error.km", "lines[2].memberId|samraad.perdiem.error.not-on-list",
                "lines[3].memberId|samraad.error.required", "version|samraad.error.required"),
                fields(expectValidation(() -> perDiems.update(meeting, new PerDiemInput(java.util.Arrays.asList(
                        new PerDiemInput.Distance(councillor, 3), new PerDiemInput.Distance(aase, -1),
                        new PerDiemInput.Distance(aase, 2), new PerDiemInput.Distance(null, 1)), true, null)))));
        assertEquals(0, ao.count(PerDiemListEntity.class));
        assertEquals(0, ao.count(BudgetEntity.class));
    }

    @Test
    public void payrollGetsTheApprovedPerDiemsAsCsvForDanishExcel() {
        ishojBudget();
        approve(heldMeeting(LocalDate.of(2026, 2, 10)));
        heldMeeting(LocalDate.of(2026, 5, 12)); // not approved: not paid

        PerDiemCsv.Export export = csv.export(ishoj, "2026");

        String text = export.text();
        assertTrue(text.startsWith(CsvWriter.BYTE_ORDER_MARK));
        List<String> lines = List.of(text.substring(1).split("\r\n"));
        assertEquals(4, lines.size());
        assertEquals("Date;Meeting;Name;Substitute;Kilometres;Per-diem;Transport;Amount;Currency", lines.get(0));
        assertEquals("2026-02-10;Udsatterådet – møde 2026-02-10;Åse Ærø-Møller;No;;450.00;50.00;500.00;DKK",
                lines.get(3));
        assertTrue(lines.get(2).startsWith("2026-02-10;Udsatterådet – møde 2026-02-10;Stedfortræder Østergaard;Yes;"));
    }

    @Test
    public void readingTheBudgetAndAListStaysWithinThreeStatements() {
        ishojBudget();
        int meeting = heldMeeting(LocalDate.of(2026, 2, 10));
        approve(meeting);
        for (int i = 0; i < 30; i++) {
            int member = eligible(rows.member(ishoj, "MEMBER").name("Medlem " + i).save());
            attendance(meeting, member, "PRESENT", null);
        }
        int open = heldMeeting(LocalDate.of(2026, 3, 10));
        for (String user : new String[] {SECRETARY, ADMIN}) {
            confluence.actAs(user);
            sql.assertAtMost(3, () -> budgets.budget(ishoj, "2026"));
            sql.assertAtMost(3, () -> perDiems.list(meeting));
            sql.assertAtMost(3, () -> perDiems.list(open));
            sql.assertAtMost(3, () -> csv.export(ishoj, "2026"));
            sql.assertAtMost(3, () -> reports.report(ishoj, "2026"));
        }
    }

    static Set<String> fields(ValidationException e) {
        return e.errors().stream().map(f -> f.field() + "|" + f.messageKey()).collect(Collectors.toSet());
    }
}
