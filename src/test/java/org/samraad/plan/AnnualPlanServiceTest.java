package org.samraad.plan;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.samraad.testing.Refusals.expect;
import static org.samraad.testing.Refusals.expectValidation;

import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.hearing.HearingEntity;
import org.samraad.meeting.Meeting;
import org.samraad.meeting.MeetingInput;
import org.samraad.platform.CalendarDays;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.StaleVersionException;
import org.samraad.platform.ValidationException;
import org.samraad.testing.AoTestSupport;
import org.samraad.meeting.MeetingService;
import org.samraad.testing.TestPlugin;
import org.samraad.testing.FakeConfluence;

/**
 * Own plan entries and the merged annual plan on a real database: validation, permissions, optimistic locking, the
 * year bounded in the council's zone, the order of lines, and the statement budget. Today is 22 November 2026.
 */
public class AnnualPlanServiceTest extends AoTestSupport {
    static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");
    private static final String EDITOR = "key-editor";
    private static final String READER = "key-reader";
    private static final String HOSTILE = "<script>alert(1)</script>\"'&";

    private FakeConfluence confluence;
    private MeetingService meetings;
    private PlanEntryService entries;
    private AnnualPlanService plans;
    private int uds;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS").space("INT")
                .grant(null, Permission.VIEW, "UDS")
                .grant(READER, Permission.VIEW, "UDS")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .actAs(EDITOR);
        // Confluence is the directory too: every user it knows exists (with its own made-up names)
        TestPlugin plugin = plugin().confluence(confluence).users(confluence).clock(() -> NOW).start();
        meetings = plugin.get(MeetingService.class);
        entries = plugin.get(PlanEntryService.class);
        plans = plugin.get(AnnualPlanService.class);
        uds = council(ao, "UDS", "da");
    }

    static int council(com.atlassian.activeobjects.external.ActiveObjects ao, String space, String locale) {
        return ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", space), new DBParam("NAME", "Udsatterådet"),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("LOCALE", locale), new DBParam("VERSION", 0)).getID();
    }

    @Test
    public void anEditorAddsAThemeDayAndAnAllDayBudgetEntry() {
        PlanEntry themeDay = entries.create(uds, new PlanEntryInput("theme_day", "  Temadag om hjemløshed ",
                "2027-04-20", "09:30", "15:00", "Rådhuset", "Oplæg og workshops", null));
        PlanEntry budget = entries.create(uds, new PlanEntryInput("BUDGET", "Budgetforslag", "2027-08-31", " ",
                null, null, null, null));

        assertEquals(PlanEntryKind.THEME_DAY, themeDay.kind());
        assertEquals("Temadag om hjemløshed", themeDay.title());
        assertEquals(LocalDate.of(2027, 4, 20), themeDay.date());
        assertEquals(LocalTime.of(9, 30), themeDay.startTime());
        assertEquals(LocalTime.of(15, 0), themeDay.endTime());
        assertEquals(0, themeDay.version());
        assertEquals(themeDay, entries.get(themeDay.id()));
        assertNull("all day", budget.startTime());
        assertEquals(LocalDate.of(2027, 8, 31), entries.get(budget.id()).date());
    }

    @Test
    public void everyFieldErrorOfAnEntryIsReportedAtOnce() {
        ValidationException e = expectValidation(() -> entries.create(uds, new PlanEntryInput("PARTY",
                "a\nb", "31-12-2027", "9", "08:00", "x".repeat(451), "\u0000", null)));
        assertEquals(Set.of("kind|samraad.error.invalid-choice", "title|samraad.error.single-line",
                "date|samraad.error.date", "startTime|samraad.error.time",
                "place|samraad.error.too-long", "description|samraad.error.control"), fields(e));
        assertEquals(Set.of("kind|samraad.error.required", "title|samraad.error.required",
                "date|samraad.error.required", "endTime|samraad.plan.error.end-without-start"),
                fields(expectValidation(() -> entries.create(uds,
                        new PlanEntryInput(null, " ", null, null, "10:00", null, null, null)))));
        assertEquals(Set.of("endTime|samraad.meeting.error.end-before-start"), fields(expectValidation(() ->
                entries.create(uds, new PlanEntryInput("EVENT", "x", "2027-01-01", "10:00", "09:00", null, null,
                        null)))));
    }

    @Test
    public void readersMayNotAddEntriesAndOthersDoNotSeeTheCouncil() {
        confluence.actAs(READER);
        expect(ForbiddenException.class, () -> entries.create(uds, entry("Kampagne", "2027-05-01")));
        int intern = council(ao, "INT", "da");
        confluence.actAs(EDITOR);
        expect(NotFoundException.class, () -> entries.create(intern, entry("Hemmelig", "2027-05-01")));
        expect(NotFoundException.class, () -> plans.plan(intern, "2027"));
    }

    @Test
    public void aStaleVersionIsAConflictForChangeAndDelete() {
        PlanEntry created = entries.create(uds, entry("Årsrapport", "2027-02-01"));
        PlanEntry changed = entries.update(created.id(), new PlanEntryInput("REPORT", "Årsrapport 2026",
                "2027-02-15", null, null, null, null, 0));
        assertEquals(1, changed.version());
        assertEquals(LocalDate.of(2027, 2, 15), changed.date());

        expect(StaleVersionException.class, () -> entries.update(created.id(), new PlanEntryInput("REPORT",
                "Gammel", "2027-02-01", null, null, null, null, 0)));
        expect(StaleVersionException.class, () -> entries.delete(created.id(), 0));
        assertEquals("Årsrapport 2026", entries.get(created.id()).title());

        entries.delete(created.id(), 1);
        expect(NotFoundException.class, () -> entries.get(created.id()));
    }

    @Test
    public void thePlanMergesMeetingsHearingDeadlinesAndEntriesOfTheYearInDateOrder() {
        Meeting march = meetings.create(uds, new MeetingInput("ORDINARY", "2027-03-09", "16:00", "18:00", "Rådhuset",
                true, null, null, null));
        hearing("Høring om udsattepolitik", LocalDate.of(2027, 3, 9));
        hearing("Sidste år", LocalDate.of(2026, 12, 31));
        PlanEntry conference = entries.create(uds, new PlanEntryInput("CONFERENCE", HOSTILE, "2027-03-09", "09:00",
                null, null, null, null));
        entries.create(uds, entry("Næste år", "2028-01-01"));
        // 00:30 on New Year's Day in Copenhagen is still 2026 in UTC: the year is the council's
        meetings.create(uds, new MeetingInput("DIALOGUE", "2027-01-01", "00:30", null, null, false, "Nytårsmøde",
                null, null));

        sql.reset();
        AnnualPlan plan = plans.plan(uds, "2027");
        assertTrue(sql.statements().toString(), sql.total() <= 3);

        assertEquals("Europe/Copenhagen", plan.zone());
        assertEquals(List.of("Nytårsmøde", "Høring om udsattepolitik", HOSTILE, march.title()),
                plan.items().stream().map(AnnualPlanItem::title).toList());
        AnnualPlanItem deadline = plan.items().get(1);
        assertEquals(AnnualPlanSource.HEARING_DEADLINE, deadline.source());
        assertEquals("DEADLINE", deadline.kind());
        assertNull(deadline.startTime());
        assertEquals("RECEIVED", deadline.status());
        AnnualPlanItem meeting = plan.items().get(3);
        assertEquals(AnnualPlanSource.MEETING, meeting.source());
        assertEquals(LocalTime.of(16, 0), meeting.startTime());
        assertEquals(LocalTime.of(18, 0), meeting.endTime());
        assertEquals("PLANNED", meeting.status());
        assertEquals("Rådhuset", meeting.place());
        assertEquals(conference.id(), plan.items().get(2).id());
        assertEquals("CONFERENCE", plan.items().get(2).kind());
    }

    @Test
    public void meetingsAndHearingsWhosePageIsRestrictedAreLeftOutOfThePlanForThoseThePageShutsOut() {
        confluence.page(701L, "UDS").page(702L, "UDS").page(703L, "UDS");
        meetings.create(uds, new MeetingInput("ORDINARY", "2027-03-09", "16:00", null, null, false, "Åbent møde",
                701L, null));
        meetings.create(uds, new MeetingInput("ORDINARY", "2027-04-09", "16:00", null, null, false, "Lukket møde",
                702L, null));
        ao.create(HearingEntity.class, new DBParam("COUNCIL_ID", uds), new DBParam("SUBJECT", "Lukket høring"),
                new DBParam("STATUS", "RECEIVED"), new DBParam("DEADLINE", CalendarDays.toDate(LocalDate.of(2027, 5, 1))),
                new DBParam("PAGE_ID", 703L), new DBParam("VERSION", 0));
        confluence.restrictPage(702L, EDITOR).restrictPage(703L, EDITOR);
        assertEquals(List.of("Åbent møde", "Lukket møde", "Lukket høring"),
                plans.plan(uds, "2027").items().stream().map(AnnualPlanItem::title).toList());
        confluence.actAs(READER);
        sql.reset();
        assertEquals(List.of("Åbent møde"),
                plans.plan(uds, "2027").items().stream().map(AnnualPlanItem::title).toList());
        assertTrue(sql.statements().toString(), sql.total() <= 3);
    }

    @Test
    public void thePlanCostsTheSameStatementsForManyLinesAndAWrongYearIsAFieldError() {
        for (int i = 0; i < 300; i++) {
            entries.create(uds, entry("Punkt " + i, LocalDate.of(2027, 1, 1).plusDays(i).toString()));
            hearing("Høring " + i, LocalDate.of(2027, 1, 1).plusDays(i));
        }
        assertEquals("blank is this year in the council's zone", 2026, plans.plan(uds, " ").year());
        sql.reset();
        assertEquals(600, plans.plan(uds, "2027").items().size());
        assertTrue(sql.statements().toString(), sql.total() <= 3);
        assertEquals(Set.of("year|samraad.error.year"), fields(expectValidation(() -> plans.plan(uds, "next"))));
        assertEquals(Set.of("year|samraad.error.year"), fields(expectValidation(() -> plans.plan(uds, "1999"))));
    }

    static PlanEntryInput entry(String title, String date) {
        return new PlanEntryInput("REPORT", title, date, null, null, null, null, null);
    }

    private void hearing(String subject, LocalDate deadline) {
        ao.create(HearingEntity.class, new DBParam("COUNCIL_ID", uds), new DBParam("SUBJECT", subject),
                new DBParam("STATUS", "RECEIVED"), new DBParam("DEADLINE", CalendarDays.toDate(deadline)),
                new DBParam("VERSION", 0));
    }

    static Set<String> fields(ValidationException e) {
        return e.errors().stream().map(f -> f.field() + "|" + f.messageKey()).collect(Collectors.toSet());
    }
}
