package org.samraad.hearing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.samraad.testing.Refusals.expect;
import static org.samraad.testing.Refusals.expectValidation;

import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.meeting.MeetingInput;
import org.samraad.meeting.MeetingService;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.StaleVersionException;
import org.samraad.platform.ValidationException;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.TestPlugin;
import org.samraad.testing.FakeConfluence;

/**
 * Hearings on a real database: registration and validation (hostile input included), every allowed and forbidden
 * workflow move with its record, the deadline in the council's zone, the register's order, filters and on-time
 * rate, optimistic locking, permissions, and the three-statement budget for 5 and 2 000 hearings.
 */
public class HearingServiceTest extends AoTestSupport {
    /** 10:15 UTC = 11:15 in Copenhagen. */
    static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final String EDITOR = "key-editor";
    private static final String READER = "key-reader";
    private static final String SECRETARY = "key-secretary";
    private static final Map<String, String> USERS =
            Map.of(EDITOR, "Edvin Editor", READER, "Rita Reader", SECRETARY, "Sara Sekretær");
    private static final String HOSTILE = "<script>alert('x')</script>\"><img src=x onerror=alert(1)> & '";

    private FakeConfluence confluence;
    private HearingReads hearings;
    private HearingWorkflow workflow;
    private HearingHistory history;
    private MeetingService meetings;
    private Instant now = NOW;
    private int uds;
    private int intern;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS").space("INT")
                .grant(null, Permission.VIEW, "UDS")
                .grant(READER, Permission.VIEW, "UDS")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .grant(SECRETARY, Permission.EDIT, "INT")
                .actAs(EDITOR);
        TestPlugin plugin = plugin().confluence(confluence).users(USERS).clock(() -> now).start();
        hearings = plugin.get(HearingReads.class);
        workflow = plugin.get(HearingWorkflow.class);
        history = plugin.get(HearingHistory.class);
        meetings = plugin.get(MeetingService.class);
        uds = council("UDS", "da");
        intern = council("INT", "sv");
    }

    // --- registration

    @Test
    public void anEditorRegistersAHearingWhichStartsAsReceivedWithItsIntakeRecorded() {
        Hearing created = workflow.create(uds, input(" Udkast til udsattepolitik 2027 ", "2026-12-15")
                .issuingBody("Social- og Sundhedsudvalget").reference("25-1234").received("2026-11-20")
                .responsibleUser(SECRETARY).url("https://kommune.example/hoering").build());

        assertEquals("Udkast til udsattepolitik 2027", created.title());
        assertEquals(HearingStatus.RECEIVED, created.status());
        assertEquals(List.of(HearingStatus.DRAFTING, HearingStatus.DECLINED), created.next());
        assertEquals("Sara Sekretær", created.responsibleName());
        assertEquals(LocalDate.of(2026, 12, 15), created.deadline());
        assertEquals(Long.valueOf(23), created.daysLeft());
        assertEquals(DeadlineState.OPEN, created.deadlineState());
        assertEquals(created, hearings.get(created.id()));
        List<HearingEvent> events = history.events(created.id());
        assertEquals(1, events.size());
        assertNull(events.get(0).from());
        assertEquals(HearingStatus.RECEIVED, events.get(0).to());
        assertEquals("Edvin Editor", events.get(0).by());
        assertEquals(NOW, events.get(0).at());
    }

    /** Seed 000's "18/19927": the municipality's own case number beside the issuer's reference (issue 18.3). */
    @Test
    public void aHearingKeepsTheMunicipalitysCaseNumberBesideTheIssuersReferenceOneLineOfAtMostFortyCharacters() {
        Hearing created = workflow.create(uds, input("Udsattepolitik", "2026-12-15").reference("25-1234")
                .caseNumber(" 18/19927 ").build());
        assertEquals("18/19927", created.caseNumber());
        assertEquals("25-1234", created.reference());
        assertEquals(created, hearings.get(created.id()));
        assertEquals("18/19927", hearings.register(uds, HearingFilter.all()).items().get(0).caseNumber());

        assertEquals(Set.of("caseNumber|samraad.error.too-long"), fields(expectValidation(() -> workflow.update(
                created.id(), input("Udsattepolitik", "2026-12-15").caseNumber("1".repeat(41)).version(0).build()))));
        assertEquals(Set.of("caseNumber|samraad.error.single-line"), fields(expectValidation(() -> workflow.update(
                created.id(), input("Udsattepolitik", "2026-12-15").caseNumber("18/\n19927").version(0).build()))));
        assertEquals("18/19927", hearings.get(created.id()).caseNumber());
        assertNull("blank is none", workflow.update(created.id(), input("Udsattepolitik", "2026-12-15")
                .caseNumber("  ").version(0).build()).caseNumber());
    }

    @Test
    public void editingTheFactsOnTheResponsePageKeepsTheCaseNumberItDoesNotShow() {
        Hearing created = workflow.create(uds, input("Udsattepolitik", "2026-12-15").reference("25-1234")
                .caseNumber("18/19927").build());

        Hearing edited = workflow.updateFacts(created.id(), new HearingFacts(null, created.responsibleUserKey(),
                "2027-01-10", "25-1234", null, null, created.version()));

        assertEquals("18/19927", edited.caseNumber());
        assertEquals("18/19927", hearings.get(created.id()).caseNumber());
    }

    @Test
    public void aHearingBindsOnlyAnExistingPageOfItsCouncilsSpace() {
        confluence.grant(EDITOR, Permission.EDIT, "INT").page(5001L, "INT").page(5002L, "UDS");
        Set<String> notInSpace = Set.of("pageId|samraad.hearing.error.page-not-in-space");
        assertEquals("another space's page, though the editor may edit that space too", notInSpace, fields(
                expectValidation(() -> workflow.create(uds, input("Høring", "2026-12-01").page(5001L).build()))));
        assertEquals("a page id no page has yet: it could later be created elsewhere", notInSpace, fields(
                expectValidation(() -> workflow.create(uds, input("Høring", "2026-12-01").page(5999L).build()))));
        assertEquals("nothing written", 0, ao.count(HearingEntity.class));

        Hearing pageless = workflow.create(uds, input("Høring", "2026-12-01").build());
        assertEquals(notInSpace, fields(expectValidation(() ->
                workflow.update(pageless.id(), input("Høring", "2026-12-01").page(5001L).version(0).build()))));
        assertEquals(notInSpace, fields(expectValidation(() ->
                workflow.update(pageless.id(), input("Høring", "2026-12-01").page(5999L).version(0).build()))));
        assertNull("nothing written", hearings.get(pageless.id()).pageId());
        assertEquals("a page of the council's space", Long.valueOf(5002L),
                workflow.update(pageless.id(), input("Høring", "2026-12-01").page(5002L).version(0).build()).pageId());
    }

    @Test
    public void aPageIsThePageOfOneMeetingOrHearingAtMost() {
        confluence.page(4711L, "UDS").page(4712L, "UDS");
        meetings.create(uds, new MeetingInput("ORDINARY", "2026-12-10", "17:00", null, null, null, null, 4711L, null));
        Hearing hearing = workflow.create(uds, input("Høring", "2026-12-01").page(4712).build());

        assertEquals(Set.of("pageId|samraad.hearing.error.page-taken"), fields(expectValidation(() ->
                workflow.create(uds, input("Anden høring", "2026-12-01").page(4711).build()))));
        assertEquals(Set.of("pageId|samraad.hearing.error.page-taken"), fields(expectValidation(() ->
                workflow.create(uds, input("Anden høring", "2026-12-01").page(4712).build()))));
        assertEquals(Set.of("pageId|samraad.meeting.error.page-taken"), fields(expectValidation(() ->
                meetings.create(uds, new MeetingInput("ORDINARY", "2026-12-11", "17:00", null, null, null, null, 4712L,
                        null)))));
        assertEquals(Set.of("pageId|samraad.hearing.error.page-taken"), fields(expectValidation(() ->
                workflow.update(hearing.id(), input("Høring", "2026-12-01").page(4711).version(0).build()))));
        assertEquals("keeping its own page is no conflict", Long.valueOf(4712),
                workflow.update(hearing.id(), input("Høring", "2026-12-02").page(4712).version(0).build()).pageId());
        assertEquals(1, ao.count(HearingEntity.class));
    }

    @Test
    public void everyFieldErrorIsReportedAtOnce() {
        ValidationException e = expectValidation(() -> workflow.create(uds, new Input(" ", null)
                .url("javascript:alert(1)").received("20. november").review("snart")
                .responsibleUser(SECRETARY).responsibleName("Sara").build()));
        assertEquals(Set.of("title|samraad.error.required", "deadline|samraad.error.required",
                "url|samraad.hearing.error.url", "receivedOn|samraad.error.date",
                "reviewDate|samraad.error.date", "responsibleName|samraad.error.user-or-name"),
                fields(e));
    }

    @Test
    public void aDeadlineBeforeTheHearingWasReceivedAnUnknownUserAndControlCharactersAreRefused() {
        assertEquals(Set.of("deadline|samraad.hearing.error.deadline-before-received",
                "responsibleUserKey|samraad.error.unknown-user", "title|samraad.error.single-line",
                "summary|samraad.error.control"),
                fields(expectValidation(() -> workflow.create(uds, input("Høring\nmed linjeskift", "2026-11-01")
                        .received("2026-11-10").responsibleUser("key-nobody").summary("tekst\u0000").build()))));
    }

    @Test
    public void tooLongValuesAreRefusedWithTheirLimit() {
        String longTitle = "x".repeat(451);
        ValidationException e = expectValidation(() -> workflow.create(uds, input(longTitle, "2026-12-01")
                .summary("y".repeat(20_001)).build()));
        assertEquals(Set.of("title|samraad.error.too-long", "summary|samraad.error.too-long"), fields(e));
    }

    @Test
    public void hostileTextIsStoredAsTypedForTheTemplatesToEscape() {
        Hearing created = workflow.create(uds, input(HOSTILE, "2026-12-01").issuingBody(HOSTILE)
                .responsibleName(HOSTILE).summary(HOSTILE).build());
        assertEquals(HOSTILE.strip(), created.title());
        assertEquals(HOSTILE.strip(), created.responsibleName());
    }

    @Test
    public void readersMayReadButNotWriteAndOtherSpacesDoNotExistForThem() {
        Hearing created = workflow.create(uds, input("Høring", "2026-12-01").build());
        confluence.actAs(READER);
        assertEquals(created.id(), hearings.get(created.id()).id());
        expect(ForbiddenException.class, () -> workflow.create(uds, input("Anden", "2026-12-01").build()));
        expect(ForbiddenException.class, () -> workflow.transition(created.id(), move("DRAFTING", 0)));
        expect(ForbiddenException.class, () -> workflow.delete(created.id()));
        confluence.actAs(SECRETARY);
        Hearing secret = workflow.create(intern, input("Intern høring", "2026-12-01").build());
        confluence.actAs(READER);
        expect(NotFoundException.class, () -> hearings.get(secret.id()));
        expect(NotFoundException.class, () -> history.events(secret.id()));
        expect(NotFoundException.class, () -> hearings.register(intern, HearingFilter.all()));
        confluence.actAs(null);
        assertEquals(created.id(), hearings.get(created.id()).id());
    }

    @Test
    public void aHearingWhosePageIsRestrictedDoesNotExistForThoseThePageShutsOut() {
        confluence.page(801L, "UDS").page(802L, "UDS");
        Hearing open = workflow.create(uds, input("Åben høring", "2026-12-01").page(801L).build());
        Hearing restricted = workflow.create(uds, input("Lukket høring", "2026-12-02").page(802L).build());
        confluence.restrictPage(802L, EDITOR);
        for (String shut : new String[] {READER, null}) {
            confluence.actAs(shut);
            expect(NotFoundException.class, () -> hearings.get(restricted.id()));
            expect(NotFoundException.class, () -> history.events(restricted.id()));
            assertTrue("a macro on another page finds nothing", hearings.shown(restricted.id(), null).isEmpty());
            assertTrue(hearings.shown(null, 802L).isEmpty());
            HearingRegister register = hearings.register(uds, HearingFilter.all());
            assertEquals(List.of(open.id()), register.items().stream().map(Hearing::id).toList());
            assertEquals(1, register.total());
        }
        confluence.actAs(EDITOR);
        assertEquals(restricted.id(), hearings.get(restricted.id()).id());
        assertEquals(2, hearings.register(uds, HearingFilter.all()).total());
    }

    // --- workflow

    @Test
    public void everyAllowedMoveIsMadeAndRecordedAndEveryOtherIsRefusedNamingTheAllowedOnes() {
        for (HearingStatus from : HearingStatus.values()) {
            for (HearingStatus to : HearingStatus.values()) {
                int id = hearingIn(from);
                int version = ao.get(HearingEntity.class, id).getVersion();
                HearingTransition transition = new HearingTransition(to.name(), "Fordi", null, version);
                if (from.next().contains(to)) {
                    Hearing moved = workflow.transition(id, transition);
                    assertEquals(from + " → " + to, to, moved.status());
                    HearingEvent last = last(history.events(id));
                    assertEquals(from, last.from());
                    assertEquals(to, last.to());
                    assertEquals("Fordi", last.note());
                } else {
                    ValidationException e = expectValidation(() -> workflow.transition(id, transition));
                    assertEquals(from + " → " + to, Set.of("to|samraad.hearing.error.transition"), fields(e));
                    assertEquals(from, hearings.get(id).status());
                }
            }
        }
    }

    @Test
    public void theWorkflowAllowsExactlyTheDocumentedMoves() {
        assertEquals(EnumSet.of(HearingStatus.DRAFTING, HearingStatus.DECLINED), HearingStatus.RECEIVED.next());
        assertEquals(EnumSet.of(HearingStatus.COUNCIL_REVIEW, HearingStatus.DECLINED), HearingStatus.DRAFTING.next());
        assertEquals(EnumSet.of(HearingStatus.APPROVED, HearingStatus.DRAFTING, HearingStatus.DECLINED),
                HearingStatus.COUNCIL_REVIEW.next());
        assertEquals(EnumSet.of(HearingStatus.SUBMITTED, HearingStatus.DRAFTING), HearingStatus.APPROVED.next());
        assertTrue(HearingStatus.SUBMITTED.next().isEmpty());
        assertEquals(EnumSet.of(HearingStatus.RECEIVED), HearingStatus.DECLINED.next());
    }

    @Test
    public void aHearingGoesFromIntakeToSubmittedAndIsAnsweredOnTime() {
        int id = workflow.create(uds, input("Høring", "2026-11-30").received("2026-11-02").build()).id();
        workflow.transition(id, move("DRAFTING", 0));
        workflow.transition(id, move("COUNCIL_REVIEW", 1));
        workflow.transition(id, move("APPROVED", 2));
        Hearing submitted = workflow.transition(id, new HearingTransition("SUBMITTED", null, null, 3));
        assertEquals(TODAY, submitted.submittedOn());
        assertEquals(DeadlineState.ANSWERED_ON_TIME, submitted.deadlineState());
        assertNull(submitted.daysLeft());
        assertEquals(List.of(), submitted.next());
        assertEquals(5, history.events(id).size());
    }

    @Test
    public void decliningNeedsAReasonAndSubmittingNeedsAPlausibleDate() {
        int id = workflow.create(uds, input("Høring", "2026-12-30").received("2026-11-20").build()).id();
        assertEquals(Set.of("note|samraad.hearing.error.reason-required"),
                fields(expectValidation(() -> workflow.transition(id, new HearingTransition("DECLINED", " ", null, 0)))));
        assertEquals(Set.of("submittedOn|samraad.hearing.error.submitted-only"),
                fields(expectValidation(() -> workflow.transition(id,
                        new HearingTransition("DRAFTING", null, "2026-11-21", 0)))));
        int approved = hearingIn(HearingStatus.APPROVED);
        int version = ao.get(HearingEntity.class, approved).getVersion();
        assertEquals(Set.of("submittedOn|samraad.hearing.error.submitted-future"),
                fields(expectValidation(() -> workflow.transition(approved,
                        new HearingTransition("SUBMITTED", null, "2026-11-23", version)))));
        assertEquals(Set.of("submittedOn|samraad.hearing.error.submitted-before-received"),
                fields(expectValidation(() -> workflow.transition(approved,
                        new HearingTransition("SUBMITTED", null, "2026-10-01", version)))));
        assertEquals(Set.of("to|samraad.error.invalid-choice", "version|samraad.error.required"),
                fields(expectValidation(() -> workflow.transition(approved, new HearingTransition("SENT", null, null, null)))));
    }

    @Test
    public void aStaleVersionIsAConflictAndChangesNothing() {
        int id = workflow.create(uds, input("Høring", "2026-12-30").build()).id();
        workflow.transition(id, move("DRAFTING", 0));
        expect(StaleVersionException.class, () -> workflow.transition(id, move("COUNCIL_REVIEW", 0)));
        expect(StaleVersionException.class, () -> workflow.update(id, input("Ændret", "2026-12-30").version(0).build()));
        Hearing stored = hearings.get(id);
        assertEquals(HearingStatus.DRAFTING, stored.status());
        assertEquals("Høring", stored.title());
        assertEquals(2, history.events(id).size());
    }

    @Test
    public void theFollowUpIsRecordedAfterSubmission() {
        int id = hearingIn(HearingStatus.SUBMITTED);
        int version = ao.get(HearingEntity.class, id).getVersion();
        Hearing followedUp = workflow.update(id, input("Høring", "2026-11-30").received("2026-11-01")
                .outcome("Byrådet indarbejdede rådets forslag om natcafé.").review("2027-03-01").version(version).build());
        assertEquals("Byrådet indarbejdede rådets forslag om natcafé.", followedUp.outcome());
        assertEquals(LocalDate.of(2027, 3, 1), followedUp.reviewDate());
        assertEquals(HearingStatus.SUBMITTED, followedUp.status());
    }

    @Test
    public void deletingAHearingRemovesItsWorkflowRecord() {
        int id = hearingIn(HearingStatus.COUNCIL_REVIEW);
        workflow.delete(id);
        expect(NotFoundException.class, () -> hearings.get(id));
        assertEquals(0, ao.count(HearingEventEntity.class, "HEARING_ID = ?", id));
    }

    // --- deadlines

    @Test
    public void daysLeftCountTheCouncilsCalendarDaysAcrossTheDaylightSavingChange() {
        // Sunday 29 March 2026 has 23 hours in Copenhagen; 00:30 local on 28 March is still 27 March in UTC
        now = Instant.parse("2026-03-27T23:30:00Z");
        Hearing hearing = workflow.create(uds, input("Høring", "2026-03-30").received("2026-03-01").build());
        assertEquals(Long.valueOf(2), hearing.daysLeft());
        assertEquals(DeadlineState.DUE_SOON, hearing.deadlineState());
        now = Instant.parse("2026-03-29T22:30:00Z"); // 00:30 on Monday 30 March in Copenhagen (summer time)
        assertEquals(Long.valueOf(0), hearings.get(hearing.id()).daysLeft());
        now = Instant.parse("2026-03-30T21:59:59Z"); // 23:59:59 on the deadline day
        assertEquals(DeadlineState.DUE_SOON, hearings.get(hearing.id()).deadlineState());
        now = Instant.parse("2026-03-30T22:00:00Z"); // midnight: the deadline has passed
        assertEquals(DeadlineState.OVERDUE, hearings.get(hearing.id()).deadlineState());
        assertEquals(Long.valueOf(-1), hearings.get(hearing.id()).daysLeft());
    }

    @Test
    public void anAnswerSubmittedOnTheDeadlineDayIsOnTimeAndTheDayAfterIsLate() {
        assertEquals(DeadlineState.ANSWERED_ON_TIME, HearingDeadline.state(HearingStatus.SUBMITTED,
                LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 25), TODAY));
        assertEquals(DeadlineState.ANSWERED_LATE, HearingDeadline.state(HearingStatus.SUBMITTED,
                LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 26), TODAY));
        assertEquals(DeadlineState.DUE_SOON, HearingDeadline.state(HearingStatus.DRAFTING, TODAY.plusDays(7), null, TODAY));
        assertEquals(DeadlineState.OPEN, HearingDeadline.state(HearingStatus.DRAFTING, TODAY.plusDays(8), null, TODAY));
        assertEquals(DeadlineState.DECLINED, HearingDeadline.state(HearingStatus.DECLINED, TODAY.minusDays(8), null, TODAY));
    }

    // --- register

    @Test
    public void theRegisterListsOpenHearingsByDeadlineThenAnsweredOnesLatestFirstAndRatesTheYear() {
        int late = submitted("Sent svar", "2026-03-01", "2026-03-05");
        int onTime = submitted("Svar i tide", "2026-06-01", "2026-05-28");
        int overdue = workflow.create(uds, input("Overskredet", "2026-11-01").received("2026-10-01").build()).id();
        int soon = workflow.create(uds, input("Snart", "2026-11-25").build()).id();
        int later = workflow.create(uds, input("Senere", "2027-01-15").build()).id();
        int declined = hearingIn(HearingStatus.DECLINED);

        HearingRegister register = hearings.register(uds, HearingFilter.all());
        assertEquals(List.of(overdue, soon, later, declined, onTime, late), ids(register));
        assertEquals(6, register.total());
        // 2026: on time, late and overdue count; "soon" is still ahead, declined is not owed
        assertEquals(new OnTimeRate(2026, 1, 3, 33), register.onTimeRate());
        assertEquals(List.of(DeadlineState.OVERDUE, DeadlineState.DUE_SOON, DeadlineState.OPEN),
                register.items().subList(0, 3).stream().map(Hearing::deadlineState).toList());

        assertEquals(List.of(overdue, soon, later), ids(hearings.register(uds,
                HearingFilter.parse(null, null, "true", null, null))));
        assertEquals(List.of(onTime, late), ids(hearings.register(uds,
                HearingFilter.parse("submitted", null, null, null, null))));
        HearingRegister nextYear = hearings.register(uds, HearingFilter.parse(null, "2027", null, null, null));
        assertEquals(List.of(later), ids(nextYear));
        assertEquals(new OnTimeRate(2027, 0, 0, null), nextYear.onTimeRate());
        HearingRegister window = hearings.register(uds, HearingFilter.parse(null, null, null, "2", "2"));
        assertEquals(List.of(later, declined), ids(window));
        assertEquals(6, window.total());
    }

    @Test
    public void badFilterValuesAreFieldErrorsReportedTogether() {
        assertEquals(Set.of("status|samraad.error.invalid-choice", "year|samraad.error.year",
                "open|samraad.hearing.error.flag", "limit|samraad.hearing.error.limit",
                "offset|samraad.hearing.error.offset"),
                fields(expectValidation(() -> HearingFilter.parse("SENT", "20x6", "yes", "501", "-1"))));
    }

    @Test
    public void theRegisterCostsThreeStatementsForFiveAndForTwoThousandHearings() {
        for (int count : new int[] {5, 1995}) {
            for (int i = 0; i < count; i++) {
                ao.create(HearingEntity.class, new DBParam("COUNCIL_ID", uds), new DBParam("SUBJECT", "Høring " + i),
                        new DBParam("STATUS", HearingStatus.values()[i % 6].name()),
                        new DBParam("DEADLINE", org.samraad.platform.CalendarDays.toDate(TODAY.plusDays(i % 90 - 45))),
                        new DBParam("VERSION", 0));
            }
            sql.reset();
            HearingRegister register = hearings.register(uds, HearingFilter.parse(null, "2026", null, "50", null));
            assertTrue(sql.total() <= 3);
            assertEquals(Math.min(50, register.total()), register.items().size());
        }
        assertEquals(2000, hearings.register(uds, HearingFilter.all()).total());
    }

    @Test
    public void aSwedishCouncilCountsItsDaysInStockholm() {
        confluence.actAs(SECRETARY);
        now = Instant.parse("2026-11-22T23:30:00Z"); // 00:30 on 23 November in Stockholm
        Hearing hearing = workflow.create(intern, input("Remiss", "2026-11-23").build());
        assertEquals(Long.valueOf(0), hearing.daysLeft());
    }

    // --- helpers

    private int submitted(String title, String deadline, String submittedOn) {
        int id = workflow.create(uds, input(title, deadline).received("2026-01-01").build()).id();
        moveTo(id, HearingStatus.APPROVED);
        workflow.transition(id, new HearingTransition("SUBMITTED", null, submittedOn, version(id)));
        return id;
    }

    private int hearingIn(HearingStatus status) {
        int id = workflow.create(uds, input("Høring i " + status, "2026-11-30").received("2026-11-01").build()).id();
        moveTo(id, status);
        return id;
    }

    /** Walks the happy path (or declines) until the hearing has the status. */
    private void moveTo(int id, HearingStatus target) {
        List<HearingStatus> path = switch (target) {
            case RECEIVED -> List.of();
            case DRAFTING -> List.of(HearingStatus.DRAFTING);
            case COUNCIL_REVIEW -> List.of(HearingStatus.DRAFTING, HearingStatus.COUNCIL_REVIEW);
            case APPROVED -> List.of(HearingStatus.DRAFTING, HearingStatus.COUNCIL_REVIEW, HearingStatus.APPROVED);
            case SUBMITTED -> List.of(HearingStatus.DRAFTING, HearingStatus.COUNCIL_REVIEW, HearingStatus.APPROVED,
                    HearingStatus.SUBMITTED);
            case DECLINED -> List.of(HearingStatus.DECLINED);
        };
        for (HearingStatus step : path) {
            workflow.transition(id, new HearingTransition(step.name(), "Trin", null, version(id)));
        }
    }

    private int version(int id) {
        return ao.get(HearingEntity.class, id).getVersion();
    }

    private static HearingTransition move(String to, int version) {
        return new HearingTransition(to, null, null, version);
    }

    private static HearingEvent last(List<HearingEvent> events) {
        return events.get(events.size() - 1);
    }

    private static List<Integer> ids(HearingRegister register) {
        return register.items().stream().map(Hearing::id).toList();
    }

    private static Set<String> fields(ValidationException e) {
        return e.errors().stream().map(x -> x.field() + "|" + x.messageKey()).collect(Collectors.toSet());
    }

    private int council(String spaceKey, String locale) {
        return ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", spaceKey), new DBParam("NAME", "Råd " + spaceKey),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("LOCALE", locale), new DBParam("VERSION", 0)).getID();
    }

    private static Input input(String title, String deadline) {
        return new Input(title, deadline);
    }

    /** A hearing input with only what a test sets. */
    private static final class Input {
        private final String title;
        private final String deadline;
        private String issuingBody;
        private String reference;
        private String url;
        private String summary;
        private String received;
        private String responsibleUser;
        private String responsibleName;
        private String outcome;
        private String review;
        private Long page;
        private Integer version;
        private String caseNumber;

        Input(String title, String deadline) {
            this.title = title;
            this.deadline = deadline;
        }

        Input issuingBody(String value) { issuingBody = value; return this; }
        Input reference(String value) { reference = value; return this; }
        Input url(String value) { url = value; return this; }
        Input summary(String value) { summary = value; return this; }
        Input received(String value) { received = value; return this; }
        Input responsibleUser(String value) { responsibleUser = value; return this; }
        Input responsibleName(String value) { responsibleName = value; return this; }
        Input outcome(String value) { outcome = value; return this; }
        Input review(String value) { review = value; return this; }
        Input version(int value) { version = value; return this; }
        Input page(long value) { page = value; return this; }
        Input caseNumber(String value) { caseNumber = value; return this; }

        HearingInput build() {
            return new HearingInput(title, issuingBody, reference, url, summary, received, deadline, responsibleUser,
                    responsibleName, page, null, null, null, outcome, review, version, caseNumber);
        }
    }
}
