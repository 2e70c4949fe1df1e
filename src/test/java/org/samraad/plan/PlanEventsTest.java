package org.samraad.plan;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.samraad.plan.AnnualPlanServiceTest.fields;
import static org.samraad.testing.Refusals.expectValidation;

import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.OrganisationInUseException;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.council.OrganisationService;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.Refusals;
import org.samraad.testing.Rows;
import org.samraad.testing.TestPlugin;

/**
 * Events on the annual plan as seed 004 describes them (the Helsingborg development group): a health day with about
 * 90 visitors, and a two-day conference whose stands are staffed by named people from several organisations, each
 * one entry with its last day, place, staff and visitors, shown in the årshjul and counted in the annual report.
 * Today is 20 June 2026 in Stockholm.
 */
public class PlanEventsTest extends AoTestSupport {
    private static final Instant NOW = Instant.parse("2026-06-20T10:00:00Z");
    private static final String EDITOR = "key-editor";
    private static final String READER = "key-reader";
    private static final String ADMIN = "key-admin";

    private FakeConfluence confluence;
    private PlanEntryService entries;
    private AnnualPlanService plans;
    private AnnualReportService reports;
    private OrganisationService organisations;
    private AnnualPlanMacro macro;
    private Rows rows;
    private int group;
    private int social;
    private int fontanhuset;
    private int maskrosbarn;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("HBG")
                .grant(null, Permission.VIEW, "HBG")
                .grant(READER, Permission.VIEW, "HBG")
                .grant(EDITOR, Permission.EDIT, "HBG")
                .grant(ADMIN, Permission.ADMINISTER, "HBG")
                .actAs(EDITOR);
        TestPlugin plugin = plugin().confluence(confluence).users(confluence).clock(() -> NOW).start();
        entries = plugin.get(PlanEntryService.class);
        plans = plugin.get(AnnualPlanService.class);
        reports = plugin.get(AnnualReportService.class);
        macro = plugin.get(AnnualPlanMacro.class);
        organisations = plugin.get(OrganisationService.class);
        rows = new Rows(ao);
        group = rows.council("HBG", "Gemensam utvecklingsgrupp", "sv");
        social = rows.organisation("Socialförvaltningen", "HBG");
        fontanhuset = rows.organisation("Fontänhuset", "HBG");
        maskrosbarn = rows.organisation("Maskrosbarn", "HBG");
    }

    private PlanEntry healthDay() {
        return entries.create(group, new PlanEntryInput("EVENT", "Vårfest/hälsodag", "2026-05-17", "11:00", "15:00",
                "Drottninghögs centrum", "Som mest 60 åt gången.", null, List.of(), 90, null));
    }

    private PlanEntry conference() {
        return entries.create(group, new PlanEntryInput("CONFERENCE", "CurioCity Mashup", "2026-06-01", "09:00",
                "16:00", "Helsingborg Arena", "Monter ”Brukare blir utvecklare”", "2026-06-02", List.of(
                        new PlanStaffInput("Leif Redestig", social),
                        new PlanStaffInput("Ia Jonsson", fontanhuset),
                        new PlanStaffInput("Therese Jarland", maskrosbarn),
                        new PlanStaffInput("Bengt Nilsson", null),
                        new PlanStaffInput(null, social)), null, null));
    }

    @Test
    public void theHealthDayOfNinetyVisitorsIsOneEntryWithItsVisitorCount() {
        PlanEntry day = healthDay();

        assertEquals(Integer.valueOf(90), day.visitors());
        assertNull("one day", day.endDate());
        assertEquals(List.of(), day.staff());
        assertEquals(day, entries.get(day.id()));
        AnnualPlanItem line = plans.plan(group, "2026").items().get(0);
        assertEquals(Integer.valueOf(90), line.visitors());
        assertEquals("Drottninghögs centrum", line.place());
    }

    @Test
    public void theTwoDayConferenceWithStaffFromThreeOrganisationsIsOneEntry() {
        PlanEntry conference = conference();

        assertEquals(LocalDate.of(2026, 6, 1), conference.date());
        assertEquals(LocalDate.of(2026, 6, 2), conference.endDate());
        assertEquals(LocalTime.of(16, 0), conference.endTime());
        assertEquals(List.of(
                new PlanStaff("Leif Redestig", false, social, "Socialförvaltningen"),
                new PlanStaff("Ia Jonsson", false, fontanhuset, "Fontänhuset"),
                new PlanStaff("Therese Jarland", false, maskrosbarn, "Maskrosbarn"),
                new PlanStaff("Bengt Nilsson", false, null, null),
                new PlanStaff(null, false, social, "Socialförvaltningen")), conference.staff());
        List<AnnualPlanItem> items = plans.plan(group, "2026").items();
        assertEquals("one entry for both days", 1, items.size());
        assertEquals(conference.staff(), items.get(0).staff());
        assertEquals(LocalDate.of(2026, 6, 2), items.get(0).endDate());
        assertEquals(3, conference.staff().stream().map(PlanStaff::organisationId).filter(id -> id != null)
                .distinct().count());
    }

    @Test
    public void changingAnEntryReplacesItsStaffAndDeletingItTakesThemAlong() {
        PlanEntry conference = conference();
        PlanEntry changed = entries.update(conference.id(), new PlanEntryInput("CONFERENCE", "CurioCity Mashup",
                "2026-06-01", null, null, null, null, "2026-06-02", List.of(new PlanStaffInput("Ia Jonsson",
                        fontanhuset)), 140, 0));
        assertEquals(List.of(new PlanStaff("Ia Jonsson", false, fontanhuset, "Fontänhuset")), changed.staff());
        assertEquals(Integer.valueOf(140), changed.visitors());
        assertEquals(1, ao.count(PlanEntryStaffEntity.class));

        entries.delete(changed.id(), 1);
        assertEquals(0, ao.count(PlanEntryStaffEntity.class));
    }

    @Test
    public void anOrganisationThatStaffsAnEntryCannotBeDeleted() {
        conference();
        Refusals.expect(OrganisationInUseException.class, () -> organisations.delete(maskrosbarn));
    }

    @Test
    public void aStaffMemberWhoIsAnUnconsentingCouncilMemberIsNotNamedToOutsiders() {
        rows.member(group, "MEMBER").name("Bengt Nilsson").noConsent().save();
        rows.member(group, "MEMBER").name("Ia Jonsson").consent(true).save();
        PlanEntry conference = conference();

        confluence.actAs(READER);
        List<PlanStaff> staff = plans.plan(group, "2026").items().get(0).staff();
        assertEquals("a published member and non-members are named", "Ia Jonsson", staff.get(1).name());
        assertEquals("Therese Jarland", staff.get(2).name());
        assertTrue(staff.get(3).nameHidden());
        assertFalse(staff.get(3).name().contains("Bengt"));
        assertTrue("the entry on its own too", entries.get(conference.id()).staff().get(3).nameHidden());

        confluence.actAs(ADMIN);
        assertEquals("Bengt Nilsson", plans.plan(group, "2026").items().get(0).staff().get(3).name());
    }

    @Test
    public void everyNewFieldIsValidatedWithFieldErrors() {
        List<PlanStaffInput> tooMany = new ArrayList<>();
        for (int i = 0; i <= PlanEntryService.STAFF_MAX; i++) {
            tooMany.add(new PlanStaffInput("Person " + i, null));
        }
        assertEquals(Set.of("endDate|samraad.plan.error.end-date-before-date", "visitors|samraad.plan.error.visitors",
                "staff[0].name|samraad.plan.error.staff-required", "staff[1].name|samraad.error.single-line",
                "staff[2].organisationId|samraad.plan.error.unknown-organisation",
                "staff[4].name|samraad.plan.error.duplicate-staff"),
                fields(expectValidation(() -> entries.create(group, new PlanEntryInput("EVENT", "Frukostdialog",
                        "2026-05-31", null, null, null, null, "2026-05-30", List.of(new PlanStaffInput(" ", null),
                                new PlanStaffInput("a\nb", null), new PlanStaffInput(null, 9999),
                                new PlanStaffInput("Anne Eskilsson", social),
                                new PlanStaffInput("anne eskilsson", social)), -1, null)))));
        assertEquals(Set.of("endDate|samraad.error.date", "visitors|samraad.plan.error.visitors",
                "staff|samraad.plan.error.too-many-staff"),
                fields(expectValidation(() -> entries.create(group, new PlanEntryInput("EVENT", "Frukostdialog",
                        "2026-05-31", null, null, null, null, "31 maj", tooMany, 1_000_001, null)))));
        // over two days the end time is on the last day, so it may be earlier than the start
        PlanEntry overnight = entries.create(group, new PlanEntryInput("EVENT", "Nattvandring", "2026-08-01", "20:00",
                "02:00", null, null, "2026-08-02", null, 0, null));
        assertEquals(LocalTime.of(2, 0), overnight.endTime());
        assertEquals(Integer.valueOf(0), overnight.visitors());
        assertEquals(0, ao.count(PlanEntryStaffEntity.class));
    }

    @Test
    public void theAnnualReportCountsHeldEventsTheirDaysAndVisitors() {
        healthDay();
        conference();
        entries.create(group, new PlanEntryInput("THEME_DAY", "Framtidsverkstad om hälsa", "2026-10-01", null, null,
                null, null, null, null, null, null));

        ReportEvents events = reports.report(group, "2026").events();

        assertEquals(new ReportEvents(2, 1, 3, 90, 1, events.items()), events);
        // and one by one, by start (seed 004): the health day, the two-day conference, the theme day still to come
        assertEquals(List.of("Vårfest/hälsodag", "CurioCity Mashup", "Framtidsverkstad om hälsa"),
                events.items().stream().map(ReportEvent::title).toList());
        ReportEvent health = events.items().get(0);
        assertEquals(PlanEntryKind.EVENT, health.kind());
        assertEquals("Drottninghögs centrum", health.place());
        assertEquals(Integer.valueOf(90), health.visitors());
        assertNull("one day", health.endDate());
        ReportEvent conference = events.items().get(1);
        assertEquals(LocalDate.of(2026, 6, 1), conference.startDate());
        assertEquals(LocalDate.of(2026, 6, 2), conference.endDate());
        assertEquals("Helsingborg Arena", conference.place());
        assertTrue(conference.held());
        assertFalse("planned for October", events.items().get(2).held());
    }

    @Test
    public void theArshjulShowsTheLastDayTheStaffAndTheVisitorsInThreeStatements() throws Exception {
        rows.member(group, "MEMBER").name("Bengt Nilsson").noConsent().save();
        healthDay();
        conference();
        confluence.actAs(READER);

        sql.reset();
        String html = macro.execute(new HashMap<>(Map.of("year", "2026")), null,
                new HostConversionContext("HBG", 1L, "display"));

        assertTrue(sql.statements().toString(), sql.total() <= 3);
        assertTrue(html, html.contains("<time datetime=\"2026-06-01\">Mon 1 June</time> – "
                + "<time class=\"samraad-plan-end-date\" datetime=\"2026-06-02\">Tue 2 June</time>"));
        assertTrue(html, html.contains("Staffed by: Leif Redestig (Socialförvaltningen), Ia Jonsson (Fontänhuset), "
                + "Therese Jarland (Maskrosbarn), Member (name not published), Socialförvaltningen"));
        assertTrue(html, html.contains("<span class=\"samraad-plan-visitors\">90 visitors</span>"));
        assertFalse(html.contains("Bengt"));
    }

    @Test
    public void thePlanWithStaffedEntriesStaysWithinThreeStatementsForEveryone() {
        for (int i = 0; i < 40; i++) {
            entries.create(group, new PlanEntryInput("EVENT", "Monter " + i, LocalDate.of(2026, 1, 1).plusDays(i)
                    .toString(), null, null, null, null, null, List.of(new PlanStaffInput("Person " + i, social),
                    new PlanStaffInput(null, fontanhuset)), i, null));
        }
        for (String user : new String[] {READER, EDITOR, ADMIN, null}) {
            confluence.actAs(user);
            sql.reset();
            AnnualPlan plan = plans.plan(group, "2026");
            assertEquals(40, plan.items().size());
            assertEquals(2, plan.items().get(39).staff().size());
            assertTrue(sql.statements().toString(), sql.total() <= 3);
        }
    }
}
