package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.samraad.meeting.AttendanceData.EDITOR;
import static org.samraad.meeting.AttendanceData.GUEST_USER;
import static org.samraad.meeting.AttendanceData.MEMBER_USER;
import static org.samraad.meeting.AttendanceData.READER;
import static org.samraad.meeting.AttendanceData.SECRETARY;
import static org.samraad.testing.Refusals.expect;
import static org.samraad.testing.Refusals.expectValidation;

import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilZone;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.StaleVersionException;
import org.samraad.platform.ValidationException;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.TestPlugin;

/**
 * Requests for agenda items on a real database: who may ask (serving members and space editors, not readers), the
 * late marker at the end of the deadline day in the council's zone, who may accept and decline (the secretariat, never
 * one's own request) and withdraw, that
 * accepting puts a discussion item before "any other business" in the same transaction, optimistic locking,
 * validation, what outsiders see of the requester, and the statement budget of the list.
 */
public class AgendaRequestServiceTest extends AoTestSupport {
    private static final LocalDate DEADLINE = LocalDate.of(2026, 11, 20);

    private AttendanceData bed;
    private TestPlugin plugin;
    private AgendaRequestService requests;
    private int uds;
    private int meeting;

    @Before
    public void setUp() {
        bed = new AttendanceData(plugin(), ao);
        plugin = bed.plugin();
        requests = plugin.get(AgendaRequestService.class);
        bed.confluence.grant(GUEST_USER, Permission.VIEW, "UDS");
        uds = bed.council("UDS", "Udsatterådet Nordby", "da");
        bed.member(uds, "VICE_CHAIR").user(MEMBER_USER).id();
        bed.member(uds, "SECRETARY").user(SECRETARY).id();
        bed.member(uds, "MEMBER").user(GUEST_USER).noConsent().id();
        meeting = bed.meeting(uds, "Ordinært møde", "PLANNED", LocalDateTime.of(2026, 12, 3, 10, 0),
                CouncilZone.COPENHAGEN, DEADLINE);
    }

    @Test
    public void aServingMemberAsksForAnItemAndIsNamedAsTheRequester() {
        Instant before = Instant.parse("2026-11-18T09:00:00Z");
        bed.clock(before);
        bed.actAs(MEMBER_USER);
        AgendaRequest request = requests.submit(meeting, new AgendaRequestInput("  Væresteder om vinteren ",
                "Flere har spurgt til åbningstiderne.\nKan rådet drøfte det?"));

        assertEquals("Væresteder om vinteren", request.title());
        assertEquals("Flere har spurgt til åbningstiderne.\nKan rådet drøfte det?", request.description());
        assertEquals(AgendaRequestStatus.SUBMITTED, request.status());
        assertEquals("Mona Medlem", request.requesterName());
        assertTrue(request.mine());
        assertFalse(request.late());
        assertEquals(before, request.submittedAt());
        assertEquals(0, request.version());
        AgendaRequestEntity row = ao.get(AgendaRequestEntity.class, request.id());
        assertEquals(MEMBER_USER, row.getRequesterUserKey());
        assertTrue("linked to the membership", row.getMemberId() != null);
        assertEquals(uds, row.getCouncilId());
        assertEquals(List.of(request), requests.list(meeting));
    }

    @Test
    public void aSpaceEditorWhoIsNoMemberMayAskTooReadersAndAnonymousMayNot() {
        bed.actAs(EDITOR);
        AgendaRequest request = requests.submit(meeting, new AgendaRequestInput("Budget", null));
        assertEquals("Edvin Editor", request.requesterName());
        assertNull(ao.get(AgendaRequestEntity.class, request.id()).getMemberId());
        for (String reader : new String[] {READER, null}) {
            bed.actAs(reader);
            expect(ForbiddenException.class, () -> requests.submit(meeting, new AgendaRequestInput("Mit punkt", null)));
            assertEquals("requests are part of the draft agenda", List.of(), requests.list(meeting));
        }
        status("AGENDA_PUBLISHED");
        for (String reader : new String[] {READER, null}) {
            bed.actAs(reader);
            assertEquals("readers see the requests once the agenda is published", 1, requests.list(meeting).size());
        }
    }

    @Test
    public void aRequestThatBecameAClosedItemIsSeenOnlyByInsidersWhateverItsStatus() {
        bed.actAs(MEMBER_USER);
        AgendaRequest open = requests.submit(meeting, new AgendaRequestInput("Væresteder", null));
        AgendaRequest sensitive = requests.submit(meeting, new AgendaRequestInput("Sag om en navngiven borger",
                "Fortrolig beskrivelse"));
        bed.actAs(SECRETARY);
        requests.answer(open.id(), new AgendaRequestChange("ACCEPTED", null, 0));
        int itemId = requests.answer(sensitive.id(), new AgendaRequestChange("ACCEPTED", null, 0)).agendaItemId();
        AgendaItemEntity item = ao.get(AgendaItemEntity.class, itemId);
        item.setClosed(true);
        item.save();

        for (String status : new String[] {"AGENDA_PUBLISHED", "HELD", "MINUTES_APPROVED", "PUBLISHED"}) {
            status(status);
            for (String outsider : new String[] {null, READER, EDITOR}) {
                bed.actAs(outsider);
                assertEquals(status + " " + outsider, List.of("Væresteder"),
                        requests.list(meeting).stream().map(AgendaRequest::title).toList());
            }
            for (String insider : new String[] {SECRETARY, MEMBER_USER}) {
                bed.actAs(insider);
                assertEquals(List.of("Væresteder", "Sag om en navngiven borger"),
                        requests.list(meeting).stream().map(AgendaRequest::title).toList());
            }
        }
    }

    @Test
    public void aRequestAfterTheEndOfTheDeadlineDayInTheCouncilsZoneIsTakenButLate() {
        bed.actAs(MEMBER_USER);
        // 23:59 on the deadline day in Copenhagen (22:59 UTC): in time
        bed.clock(Instant.parse("2026-11-20T22:59:59Z"));
        assertFalse(requests.submit(meeting, new AgendaRequestInput("I tide", null)).late());
        // 00:00 the next day in Copenhagen, though still the deadline day in UTC: late
        bed.clock(Instant.parse("2026-11-20T23:00:00Z"));
        AgendaRequest late = requests.submit(meeting, new AgendaRequestInput("For sent", null));
        assertTrue(late.late());
        assertEquals(AgendaRequestStatus.SUBMITTED, late.status());
        // the same instant is still in time for a council meeting on a zone where the day has not ended
        int summer = bed.meeting(uds, "Sommermøde", "PLANNED", LocalDateTime.of(2026, 7, 3, 10, 0), CouncilZone.COPENHAGEN,
                LocalDate.of(2026, 11, 21));
        assertFalse(requests.submit(summer, new AgendaRequestInput("Næste dag", null)).late());
        int noDeadline = bed.meeting(uds, "Uden frist", "PLANNED", LocalDateTime.of(2026, 12, 10, 10, 0),
                CouncilZone.COPENHAGEN, null);
        assertFalse(requests.submit(noDeadline, new AgendaRequestInput("Altid i tide", null)).late());
    }

    @Test
    public void aSwedishCouncilsDeadlineEndsAtMidnightInStockholm() {
        int sv = bed.council("UDS", "Utvecklingsgruppen", "sv");
        bed.member(sv, "MEMBER").user(MEMBER_USER).id();
        int swedish = bed.meeting(sv, "Möte", "AGENDA_PUBLISHED", LocalDateTime.of(2026, 12, 3, 12, 0),
                CouncilZone.STOCKHOLM, DEADLINE);
        bed.actAs(MEMBER_USER);
        bed.clock(Instant.parse("2026-11-20T22:30:00Z"));
        assertFalse(requests.submit(swedish, new AgendaRequestInput("Hälsodag", null)).late());
        bed.clock(Instant.parse("2026-11-20T23:30:00Z"));
        assertTrue(requests.submit(swedish, new AgendaRequestInput("Filmafton", null)).late());
    }

    @Test
    public void acceptingPutsADiscussionItemBeforeAnyOtherBusinessInTheSameTransaction() {
        agendaItem("Godkendelse af dagsorden", "STANDING", "APPROVE_AGENDA", 1);
        int ordinary = agendaItem("Orientering fra formanden", "INFORMATION", null, 2);
        int aob = agendaItem("Eventuelt", "STANDING", "AOB", 3);
        bed.actAs(MEMBER_USER);
        AgendaRequest request = requests.submit(meeting, new AgendaRequestInput("Væresteder", "Åbningstider om vinteren"));
        bed.actAs(SECRETARY);

        AgendaRequest accepted = requests.answer(request.id(), new AgendaRequestChange("accepted", " Tages op ", 0));

        assertEquals(AgendaRequestStatus.ACCEPTED, accepted.status());
        assertEquals("Tages op", accepted.answer());
        assertEquals(1, accepted.version());
        AgendaItemEntity item = ao.get(AgendaItemEntity.class, accepted.agendaItemId());
        assertEquals("Væresteder", item.getTitle());
        assertEquals("DISCUSSION", item.getKind());
        assertEquals("Åbningstider om vinteren", item.getCasePresentation());
        assertEquals(meeting, item.getMeetingId());
        assertEquals(List.of("Godkendelse af dagsorden", "Orientering fra formanden", "Væresteder", "Eventuelt"), agenda());
        assertEquals("positions stay dense, as the agenda service keeps them", 1,
                ao.get(AgendaItemEntity.class, ordinary).getSortOrder());
        assertEquals(3, ao.get(AgendaItemEntity.class, aob).getSortOrder());
    }

    @Test
    public void withoutAnyOtherBusinessTheItemGoesLast() {
        agendaItem("Første", "DECISION", null, 5);
        AgendaRequest request = requests.submit(meeting, new AgendaRequestInput("Sidst", null));
        bed.actAs(SECRETARY);
        AgendaRequest accepted = requests.answer(request.id(), new AgendaRequestChange("ACCEPTED", null, 0));
        assertEquals(1, ao.get(AgendaItemEntity.class, accepted.agendaItemId()).getSortOrder());
        assertNull(ao.get(AgendaItemEntity.class, accepted.agendaItemId()).getCasePresentation());
    }

    @Test
    public void theSecretariatDecidesRequestersWithdrawAndARequestIsAnsweredOnce() {
        bed.actAs(MEMBER_USER);
        AgendaRequest mine = requests.submit(meeting, new AgendaRequestInput("Mit punkt", null));
        AgendaRequest other = requests.submit(meeting, new AgendaRequestInput("Andet punkt", null));
        expect(ForbiddenException.class, () -> requests.answer(mine.id(), new AgendaRequestChange("ACCEPTED", null, 0)));
        expect(ForbiddenException.class, () -> requests.answer(mine.id(), new AgendaRequestChange("DECLINED", null, 0)));
        bed.actAs(EDITOR);
        expect(ForbiddenException.class, () -> requests.answer(mine.id(), new AgendaRequestChange("WITHDRAWN", null, 0)));
        // an editor who is not the secretariat
        expect(ForbiddenException.class, () -> requests.answer(other.id(), new AgendaRequestChange("ACCEPTED", null, 0)));
        expect(ForbiddenException.class, () -> requests.answer(other.id(), new AgendaRequestChange("DECLINED", null, 0)));
        bed.actAs(SECRETARY);
        AgendaRequest declined = requests.answer(other.id(), new AgendaRequestChange("DECLINED", "Hører under byrådet", 0));
        assertEquals(AgendaRequestStatus.DECLINED, declined.status());
        assertNull(declined.agendaItemId());
        assertFalse("the secretary did not ask", declined.mine());
        bed.actAs(MEMBER_USER);
        assertEquals(AgendaRequestStatus.WITHDRAWN,
                requests.answer(mine.id(), new AgendaRequestChange("WITHDRAWN", null, 0)).status());
        bed.actAs(SECRETARY);
        assertEquals(Set.of("status|samraad.agenda-request.error.settled"), fields(expectValidation(
                () -> requests.answer(mine.id(), new AgendaRequestChange("ACCEPTED", null, 1)))));
        assertEquals(0, ao.count(AgendaItemEntity.class));
    }

    @Test
    public void noOneAcceptsOrDeclinesHisOwnRequestNotEvenTheSecretaryButHeWithdrawsIt() {
        bed.actAs(SECRETARY);
        AgendaRequest own = requests.submit(meeting, new AgendaRequestInput("Sekretariatets punkt", null));
        assertEquals(403, expect(OwnAgendaRequestException.class,
                () -> requests.answer(own.id(), new AgendaRequestChange("ACCEPTED", null, 0))).status());
        expect(OwnAgendaRequestException.class,
                () -> requests.answer(own.id(), new AgendaRequestChange("DECLINED", null, 0)));
        assertEquals("SUBMITTED", ao.get(AgendaRequestEntity.class, own.id()).getStatus());
        assertEquals(0, ao.count(AgendaItemEntity.class));
        assertEquals(AgendaRequestStatus.WITHDRAWN,
                requests.answer(own.id(), new AgendaRequestChange("WITHDRAWN", null, 0)).status());
    }

    @Test
    public void aStaleVersionIsAConflictAndAddsNoItem() {
        AgendaRequest request = requests.submit(meeting, new AgendaRequestInput("Punkt", null));
        bed.actAs(SECRETARY);
        requests.answer(request.id(), new AgendaRequestChange("DECLINED", null, 0));
        expect(StaleVersionException.class, () -> requests.answer(request.id(), new AgendaRequestChange("ACCEPTED", null, 0)));
        assertEquals(0, ao.count(AgendaItemEntity.class));
        assertEquals("DECLINED", ao.get(AgendaRequestEntity.class, request.id()).getStatus());
    }

    @Test
    public void aMeetingHeldOrCancelledTakesNoRequestsAndAcceptsNone() {
        AgendaRequest request = requests.submit(meeting, new AgendaRequestInput("Punkt", null));
        MeetingEntity row = ao.get(MeetingEntity.class, meeting);
        row.setStatus("HELD");
        row.save();
        expect(MeetingClosedForRequestsException.class, () -> requests.submit(meeting, new AgendaRequestInput("For sent", null)));
        bed.actAs(SECRETARY);
        expect(MeetingClosedForRequestsException.class,
                () -> requests.answer(request.id(), new AgendaRequestChange("ACCEPTED", null, 0)));
        assertEquals("declining is still possible", AgendaRequestStatus.DECLINED,
                requests.answer(request.id(), new AgendaRequestChange("DECLINED", null, 0)).status());
        int cancelled = bed.meeting(uds, "Aflyst", "CANCELLED", LocalDateTime.of(2026, 12, 10, 10, 0), CouncilZone.COPENHAGEN, null);
        expect(MeetingClosedForRequestsException.class, () -> requests.submit(cancelled, new AgendaRequestInput("x", null)));
        assertEquals(0, ao.count(AgendaItemEntity.class));
    }

    @Test
    public void titlesTextsAndAnswersAreValidated() {
        assertEquals(Set.of("title|samraad.error.required"),
                fields(expectValidation(() -> requests.submit(meeting, new AgendaRequestInput("  ", "x")))));
        assertEquals(Set.of("title|samraad.error.required"),
                fields(expectValidation(() -> requests.submit(meeting, null))));
        assertEquals(Set.of("title|samraad.error.too-long", "description|samraad.error.too-long"),
                fields(expectValidation(() -> requests.submit(meeting,
                        new AgendaRequestInput("x".repeat(451), "y".repeat(10_001))))));
        assertEquals(Set.of("title|samraad.error.single-line", "description|samraad.error.control"),
                fields(expectValidation(() -> requests.submit(meeting, new AgendaRequestInput("To\nlinjer", "NUL\u0000")))));
        AgendaRequest request = requests.submit(meeting, new AgendaRequestInput("Punkt", null));
        assertEquals(Set.of("status|samraad.error.invalid-choice", "version|samraad.error.required",
                "answer|samraad.error.control"), fields(expectValidation(() -> requests.answer(request.id(),
                new AgendaRequestChange("SUBMITTED", "\u0007", null)))));
        assertEquals(Set.of("status|samraad.error.required", "version|samraad.error.required"),
                fields(expectValidation(() -> requests.answer(request.id(), null))));
        assertEquals(Set.of("status|samraad.error.invalid-choice"), fields(expectValidation(() -> requests.answer(request.id(),
                new AgendaRequestChange("MAYBE", null, 0)))));
        assertEquals(1, ao.count(AgendaRequestEntity.class));
    }

    @Test
    public void outsidersSeeNoNameOfARequesterWithoutConsent() {
        bed.actAs(GUEST_USER);
        requests.submit(meeting, new AgendaRequestInput("Stille punkt", null));
        status("AGENDA_PUBLISHED");
        for (String outsider : new String[] {null, READER, EDITOR}) {
            bed.actAs(outsider);
            AgendaRequest seen = requests.list(meeting).get(0);
            assertEquals("Member (name not published)", seen.requesterName());
            assertTrue(seen.requesterHidden());
            assertNull(seen.requesterUserKey());
        }
        bed.actAs(SECRETARY);
        assertEquals("Gitte Gæst", requests.list(meeting).get(0).requesterName());
    }

    @Test
    public void aMeetingInASpaceTheCallerCannotSeeDoesNotExist() {
        int internal = bed.meeting(bed.council("INT", "Internt råd", "da"), "Internt", "PLANNED",
                LocalDateTime.of(2026, 12, 3, 10, 0), CouncilZone.COPENHAGEN, null);
        bed.actAs(SECRETARY);
        AgendaRequest request = requests.submit(internal, new AgendaRequestInput("Internt punkt", null));
        bed.actAs(READER);
        expect(NotFoundException.class, () -> requests.list(internal));
        expect(NotFoundException.class, () -> requests.submit(internal, new AgendaRequestInput("x", null)));
        expect(NotFoundException.class, () -> requests.answer(request.id(), new AgendaRequestChange("DECLINED", null, 0)));
        expect(NotFoundException.class, () -> requests.answer(999_999, new AgendaRequestChange("DECLINED", null, 0)));
    }

    @Test
    public void theListCostsThreeStatementsWhateverTheNumberOfRequests() {
        for (int i = 0; i < 40; i++) {
            bed.actAs(i % 2 == 0 ? MEMBER_USER : EDITOR);
            requests.submit(meeting, new AgendaRequestInput("Punkt " + i, "Tekst " + i));
        }
        AgendaItemEntity closed = ao.get(AgendaItemEntity.class, agendaItem("Lukket", "DISCUSSION", null, 0));
        closed.setClosed(true);
        closed.save();
        status("AGENDA_PUBLISHED");
        for (String reader : new String[] {null, SECRETARY}) {
            bed.actAs(reader);
            sql.assertAtMost(3, () -> assertEquals(40, requests.list(meeting).size()));
        }
    }

    private void status(String status) {
        MeetingEntity row = ao.get(MeetingEntity.class, meeting);
        row.setStatus(status);
        row.save();
    }

    private int agendaItem(String title, String kind, String standing, int order) {
        AgendaItemEntity item = ao.create(AgendaItemEntity.class, new DBParam("MEETING_ID", meeting),
                new DBParam("SORT_ORDER", order), new DBParam("TITLE", title), new DBParam("KIND", kind),
                new DBParam("DURATION_MINUTES", 10), new DBParam("VERSION", 0));
        item.setStandingKind(standing);
        item.save();
        return item.getID();
    }

    private List<String> agenda() {
        return Arrays.stream(ao.find(AgendaItemEntity.class, Query.select().where("MEETING_ID = ?", meeting)))
                .sorted(Comparator.comparingInt(AgendaItemEntity::getSortOrder))
                .map(AgendaItemEntity::getTitle).toList();
    }

    private static Set<String> fields(ValidationException e) {
        return e.errors().stream().map(error -> error.field() + "|" + error.messageKey()).collect(Collectors.toSet());
    }
}
