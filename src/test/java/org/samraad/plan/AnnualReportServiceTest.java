package org.samraad.plan;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.council.SeatGroup;
import org.samraad.meeting.AgendaItemKind;
import org.samraad.platform.FieldError;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.ValidationException;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;

/**
 * The annual report on the test database (HSQLDB, or PostgreSQL with -Ddb=postgres) over one generated year (see
 * {@link GeneratedYear} for how every expected figure follows from the data): each section's numbers, the year's
 * bounds in the council's zone, the default year, permissions and the two-statement budget.
 */
public class AnnualReportServiceTest extends AoTestSupport {
    private static final String READER = "key-reader";

    private final AtomicReference<Instant> now = new AtomicReference<>(GeneratedYear.NOW);
    private FakeConfluence confluence;
    private AnnualReportService reports;
    private GeneratedYear year;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS").space("INT")
                .grant(READER, Permission.VIEW, "UDS")
                .actAs(READER);
        reports = plugin().confluence(confluence).users(confluence).clock(now::get).start()
                .get(AnnualReportService.class);
        year = new GeneratedYear(ao, "UDS", "Udsatterådet Nordby", "Kirkens Korshær");
        councilLanguage("en"); // the summary is the council's: these tests read it in English (same zone as da)
    }

    @Test
    public void theSummaryIsInTheCouncilsLanguageWhateverTheReaders() {
        councilLanguage("sv");

        List<String> summary = reports.report(year.council, "2025").summary();

        assertEquals("the reader's language is English", Locale.ENGLISH, confluence.getLocale(null));
        assertTrue(summary.toString(), summary.get(0).startsWith("Rådet"));
        assertFalse(summary.toString(), summary.toString().contains("The council"));
    }

    private void councilLanguage(String locale) {
        CouncilEntity council = ao.get(CouncilEntity.class, year.council);
        council.setLocale(locale);
        council.save();
    }

    @Test
    public void meetingsHeldAndPlannedCountTheYearInTheCouncilsZoneWithAgendaAndMinutesOnTime() {
        ReportMeetings meetings = reports.report(year.council, "2025").meetings();

        assertEquals("A, B, C, D and the planned F at 23:30 on 31 December; not G at 00:30 on 1 January",
                new ReportMeetings(5, 4, 1, 3, 4, 75, 2, 4, 50), meetings);
    }

    @Test
    public void theAgendaCountsAsSentOutByTheDeadlineFromItsDispatchNotFromPublishing() {
        // published on the deadline day, but the dispatch never happened
        year.meeting(year.council, "HELD", GeneratedYear.at(2025, 10, 6, 17, 0), GeneratedYear.at(2025, 9, 29, 8, 0),
                null, GeneratedYear.day(2025, 9, 29), null, null);
        // published on the deadline day, dispatched the day after
        year.meeting(year.council, "HELD", GeneratedYear.at(2025, 10, 20, 17, 0), GeneratedYear.at(2025, 10, 13, 8, 0),
                GeneratedYear.at(2025, 10, 14, 9, 0), GeneratedYear.day(2025, 10, 13), null, null);

        ReportMeetings meetings = reports.report(year.council, "2025").meetings();

        assertEquals("both counted, neither on time: 3 of 6", new ReportMeetings(7, 6, 1, 3, 6, 50, 2, 4, 50), meetings);
    }

    @Test
    public void attendanceCountsVotingMembersServingOnTheDayWithSubstitutesAsAttended() {
        ReportAttendance attendance = reports.report(year.council, "2025").attendance();

        assertEquals(List.of(
                new ReportGroupAttendance(SeatGroup.POLITICAL, 8, 7, 1, 88),
                new ReportGroupAttendance(SeatGroup.USER, 4, 2, 1, 50)), attendance.groups());
        assertEquals(12, attendance.expected());
        assertEquals(9, attendance.attended());
        assertEquals(Integer.valueOf(75), attendance.percent());
    }

    @Test
    public void agendaItemsAreCountedByKindAtHeldMeetingsWithDecisionsAndDissents() {
        ReportAgendaItems items = reports.report(year.council, "2025").agendaItems();

        assertEquals(List.of(
                new ReportKindCount(AgendaItemKind.INFORMATION, 2),
                new ReportKindCount(AgendaItemKind.DISCUSSION, 1),
                new ReportKindCount(AgendaItemKind.DECISION, 3),
                new ReportKindCount(AgendaItemKind.HEARING, 1)), items.kinds());
        assertEquals(7, items.total());
        assertEquals("an empty decision and the standing item's do not count", 3, items.decisions());
        assertEquals(1, items.dissents());
    }

    @Test
    public void hearingsWithADeadlineInTheYearAreAnsweredOnTimeAsTheHearingRegisterCountsThem() {
        ReportHearings hearings = reports.report(year.council, "2025").hearings();

        assertEquals(new ReportHearings(5, 3, 1, 1, 2, 4, 50, hearings.items()), hearings);
        assertEquals("each hearing of the year, one by one", 5, hearings.items().size());
    }

    @Test
    public void actionsAreCreatedCompletedAndOverdueAtYearEndByOrganisationWithoutOnesLast() {
        ReportActions actions = reports.report(year.council, "2025").actions();

        assertEquals(List.of(
                new ReportOrganisationActions(year.korshaer, "Kirkens Korshær", 2, 1, 2),
                new ReportOrganisationActions(year.korshaer + 1, "SAND", 2, 0, 1),
                new ReportOrganisationActions(null, null, 1, 1, 0)), actions.organisations());
        assertEquals(5, actions.created());
        assertEquals(2, actions.completed());
        assertEquals(3, actions.overdue());
    }

    @Test
    public void theEasyReadSummarySaysTheFiguresInPlainSentences() {
        AnnualReport report = reports.report(year.council, "2025");

        assertEquals(List.of(
                "The council met 4 times in 2025.",
                "About 8 out of 10 members came to the meetings.",
                "The council made 3 decisions.",
                "The council answered 3 of 5 hearings.",
                "The council sent 2 of its 4 answers on time.",
                "5 new tasks were given out. 2 tasks were finished.",
                "3 tasks were late at the end of the year."), report.summary());
        assertFalse(report.running());
        assertEquals(LocalDate.of(2025, 12, 31), report.asOf());
    }

    @Test
    public void withoutAYearTheReportIsForLastYearInTheFirstQuarterAndForThisYearAfterwards() {
        assertEquals(2025, reports.report(year.council, null).year());
        assertEquals(2025, reports.report(year.council, " ").year());

        now.set(Instant.parse("2026-03-31T21:59:00Z"));
        assertEquals("still 31 March in Copenhagen", 2025, reports.report(year.council, null).year());
        now.set(Instant.parse("2026-03-31T22:00:00Z"));
        AnnualReport running = reports.report(year.council, null);
        assertEquals("1 April in Copenhagen", 2026, running.year());
        assertTrue(running.running());
        assertEquals(LocalDate.of(2026, 4, 1), running.asOf());
        assertEquals("G at 00:30 on 1 January 2026 belongs to 2026", 1, running.meetings().held());
        assertTrue(running.summary().get(0).startsWith("The year 2026 is not over yet."));
        assertEquals("overdue today: the one due 20 January and the two still open from 2025", 3,
                running.actions().overdue());
        assertTrue(running.summary().contains("3 tasks are late today."));
    }

    @Test
    public void aYearWithNothingInItHasNoRatesRatherThanMadeUpOnes() {
        AnnualReport empty = reports.report(year.council, "2019");

        assertEquals(new ReportMeetings(0, 0, 0, 0, 0, null, 0, 0, null), empty.meetings());
        assertTrue(empty.attendance().groups().isEmpty());
        assertNull(empty.attendance().percent());
        assertNull(empty.hearings().onTimePercent());
        assertTrue(empty.actions().organisations().isEmpty());
        assertEquals("The council did not meet in 2019.", empty.summary().get(0));
        assertTrue(empty.summary().contains("The council was not asked for its opinion on any hearing."));
    }

    @Test
    public void aBadOrFutureYearIsAFieldError() {
        for (String bad : new String[] {"next", "1899", "2027", "20 25"}) {
            try {
                reports.report(year.council, bad);
                fail("expected a field error for " + bad);
            } catch (ValidationException e) {
                assertEquals(List.of(FieldError.of("year", "samraad.error.year", "2000", "2026")), e.errors());
            }
        }
    }

    @Test
    public void aCouncilTheCallerCannotSeeIsNotFound() {
        int hidden = new GeneratedYear(ao, "INT", "Internt råd", "Skjult").council;
        try {
            reports.report(hidden, "2025");
            fail("expected 404");
        } catch (NotFoundException expected) {
            // as if it did not exist
        }
        confluence.actAs(null);
        try {
            reports.report(year.council, "2025");
            fail("expected 404 for an anonymous caller without view permission");
        } catch (NotFoundException expected) {
            // anonymous may not view UDS here
        }
    }

    @Test
    public void theLiveReportCostsAReaderTwoStatementsTheCouncilAndOneForAllSectionsWithTheFinalLookup() {
        sql.reset();
        reports.report(year.council, "2025");
        assertEquals(sql.statements().toString(), 2, sql.total());
    }

    @Test
    public void decisionsByMeetingComeFromTheNewestApprovedMinutesWithoutClosedItemsForEveryone() {
        int published = meetingId("PUBLISHED");
        int approved = meetingId("MINUTES_APPROVED");
        snapshot(published, 1, item(1, "Budget", "Første udgave", false));
        snapshot(published, 2, item(1, "Godkendelse af dagsorden", null, false) + "," + item(2, "Budget 2025",
                "Rådet vedtog budgettet.", false) + "," + item(3, "Borgersag", "Hemmelig beslutning", true));
        snapshot(approved, 1, item(7, "Varmestuer", "Vedtaget: 2 mio. kr. til varmestuer", false));
        snapshot(meetingId("HELD"), 1, item(8, "Genåbnet", "Reopened since", false)); // held again: not the record

        sql.reset();
        AnnualReport report = reports.report(year.council, "2025");

        assertEquals("still the council and one statement for every section", 2, sql.total());
        assertEquals(List.of(published, approved), report.decisions().stream()
                .map(ReportMeetingDecisions::meetingId).toList());
        ReportMeetingDecisions march = report.decisions().get(0);
        assertEquals(LocalDate.of(2025, 3, 10), march.date());
        assertEquals("the newest approval, numbered as in the minutes", List.of(new ReportMeetingDecisions.Decision(2,
                "Budget 2025", "Rådet vedtog budgettet.")), march.decisions());
        assertEquals("the closed item is counted, never shown", 1, march.closedItems());
        assertEquals("Vedtaget: 2 mio. kr. til varmestuer", report.decisions().get(1).decisions().get(0).decision());
        assertFalse(report.toString(), report.toString().contains("Hemmelig") || report.toString().contains("Borgersag"));
        confluence.grant(null, Permission.VIEW, "UDS").actAs(null);
        assertEquals("anonymous readers read the same", report.decisions(),
                reports.report(year.council, "2025").decisions());
    }

    private int meetingId(String status) {
        return ao.find(org.samraad.meeting.MeetingEntity.class, net.java.ao.Query.select()
                .where("COUNCIL_ID = ? AND STATUS = ?", year.council, status))[0].getID();
    }

    /** Approved minutes as the meeting feature freezes them (its JSON), with these agenda rows. */
    private void snapshot(int meetingId, int sequence, String items) {
        ao.create(org.samraad.meeting.MinutesSnapshotEntity.class, new net.java.ao.DBParam("MEETING_ID", meetingId),
                new net.java.ao.DBParam("SEQUENCE", sequence),
                new net.java.ao.DBParam("APPROVED_AT", java.util.Date.from(GeneratedYear.NOW)),
                new net.java.ao.DBParam("CONTENT", "{\"approvedBy\":null,\"agenda\":[" + items + "],"
                        + "\"formerPresenters\":[],\"fullNames\":{},\"attendanceVersion\":0,\"attendance\":[],"
                        + "\"attendees\":[],\"actions\":[],\"guests\":[]}"));
    }

    private static String item(int id, String title, String decision, boolean closed) {
        return "{\"id\":" + id + ",\"meetingId\":0,\"sortOrder\":" + id + ",\"title\":\"" + title
                + "\",\"kind\":\"DECISION\",\"durationMinutes\":10,\"closed\":" + closed + ",\"decision\":"
                + (decision == null ? "null" : "\"" + decision + "\"") + ",\"attachments\":[],\"version\":0,"
                + "\"dissenters\":[]}";
    }
}
