package org.samraad.communication;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.security.Permission;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.core.task.Task;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.meeting.GuestEntity;
import org.samraad.meeting.GuestService;
import org.samraad.meeting.Guest;
import org.samraad.meeting.GuestInput;
import org.samraad.meeting.MeetingPersonalData;
import org.samraad.council.CouncilZone;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.meeting.AgendaItemInput;
import org.samraad.meeting.AgendaRequestAnsweredEvent;
import org.samraad.meeting.AgendaRequestEntity;
import org.samraad.meeting.AgendaRequestStatus;
import org.samraad.meeting.AgendaService;
import org.samraad.meeting.MeetingDeletedEvent;
import org.samraad.meeting.Meeting;
import org.samraad.meeting.MeetingEntity;
import org.samraad.meeting.MeetingStepTakenEvent;
import org.samraad.platform.CalendarDays;
import com.atlassian.event.api.EventPublisher;
import static org.junit.Assert.assertNull;
import org.samraad.meeting.MeetingService;
import org.samraad.meeting.MeetingStatus;
import org.samraad.meeting.MeetingTransitionInput;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.mail.MailQueue;
import org.samraad.platform.mail.QueuedMail;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.FakeUserDirectory;
import org.samraad.testing.Rows;
import org.samraad.testing.TestPlugin;

/**
 * Who a meeting's dispatch reaches and what it writes, on a real database: every member serving on the meeting's
 * day once (the Confluence user's address before the member's own), guests where the dispatch is for them, the
 * insiders' or outsiders' agenda, a log row for everyone (NO_ADDRESS for those to reach on paper), and nothing twice:
 * a repeated dispatch queues nothing, and the database refuses a second row with the same dispatch key.
 */
public class MeetingDispatchTest extends AoTestSupport {
    private static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");
    private static final String SECRETARY = "key-secretary";
    private static final String MEMBER = "key-member";
    private static final String OBSERVER = "key-observer";

    private final List<QueuedMail> outbox = new ArrayList<>();
    private TestPlugin plugin;
    private MeetingDispatch dispatch;
    private Rows rows;
    private int council;
    private int meeting;
    private Instant now = NOW;

    @Before
    public void setUp() {
        plugin = plugin().users(new FakeUserDirectory(
                        Map.of(SECRETARY, "Sara Sekretær", MEMBER, "Maria Medlem", OBSERVER, "Olga Observatør"),
                        Map.of(SECRETARY, "sara@nordby.dk", MEMBER, "maria.konto@nordby.dk",
                                OBSERVER, "olga@avis.dk")))
                .clock(() -> now)
                .confluence(new FakeConfluence().space("UDS").grant(SECRETARY, Permission.ADMINISTER, "UDS")
                        .grant(SECRETARY, Permission.EDIT, "UDS").grant(MEMBER, Permission.VIEW, "UDS")
                        .actAs(SECRETARY))
                .start();
        MultiQueueTaskManager queue = new MultiQueueTaskManager() {
            @Override
            public void addTask(String queueName, Task task) {
                assertEquals("mail", queueName);
                outbox.add((QueuedMail) task);
            }

            @Override
            public void flush(String queueName) {}
        };
        dispatch = plugin.getReplacing(MeetingDispatch.class, MailQueue.class, new MailQueue(queue));
        rows = new Rows(ao);
        council = rows.council("UDS", "Udsatterådet", "da");
        rows.member(council, "SECRETARY").user(SECRETARY).id();
        rows.member(council, "MEMBER").user(MEMBER).email("maria.egen@nordby.dk").id();
        rows.member(council, "MEMBER").name("Karin Holm").email("karin@nordby.dk").id();
        rows.member(council, "SUBSTITUTE").name("Sofie Lund").email("sofie@nordby.dk").id();
        rows.member(council, "MEMBER").name("Per Papir").id();
        rows.member(council, "OBSERVER").user(OBSERVER).id();
        rows.member(council, "MEMBER").name("Tidligere Medlem").email("former@nordby.dk")
                .term(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31)).id();
        MeetingEntity row = rows.meeting(council, MeetingStatus.AGENDA_PUBLISHED.name(),
                LocalDateTime.of(2026, 12, 3, 17, 0).atZone(CouncilZone.COPENHAGEN).toInstant());
        row.setTitle("Ordinært møde");
        row.save();
        meeting = row.getID();
        GuestEntity bo = ao.create(GuestEntity.class, new DBParam("MEETING_ID", meeting),
                new DBParam("NAME", "Borgmester Bo"));
        bo.setEmail("bo@nordby.dk");
        bo.save();
        ao.create(GuestEntity.class, new DBParam("MEETING_ID", meeting), new DBParam("NAME", "Rådmand Papir"));
    }

    @Test
    public void theInvitationReachesEveryServingMemberAndGuestWithAnAddressOnceAndLogsThoseOnPaper() {
        MeetingDispatch.Sent sent = dispatch.send(meeting, DispatchKind.INVITATION, 1);

        assertEquals(new MeetingDispatch.Sent(6, 2), sent);
        assertEquals(List.of("sara@nordby.dk", "maria.konto@nordby.dk", "karin@nordby.dk", "sofie@nordby.dk",
                "olga@avis.dk", "bo@nordby.dk"), outbox.stream().map(QueuedMail::to).toList());
        assertTrue("in the council's language", outbox.stream().allMatch(m -> m.subject().startsWith("Indkaldelse")));
        List<DispatchEntity> log = List.of(ao.find(DispatchEntity.class));
        assertEquals(8, log.size());
        assertEquals(List.of("Per Papir", "Rådmand Papir"), plugin.get(DispatchLog.class).list(meeting).stream()
                .filter(e -> e.outcome() == DispatchOutcome.NO_ADDRESS).map(DispatchLogEntry::recipientName).toList());
        assertEquals("the observer gets the outsiders' version", "OUTSIDER", log.stream()
                .filter(r -> r.getOutcome().equals("QUEUED")).skip(4).findFirst().orElseThrow().getAudience());
    }

    @Test
    public void aClosedItemReachesInsidersInFullAndObserversAndGuestsByNumberOnly() {
        plugin.get(AgendaService.class).add(meeting, AgendaItemInput.of("Personsag om bolig").kind("DISCUSSION")
                .durationMinutes(20).closed(true).build());
        dispatch.send(meeting, DispatchKind.INVITATION, 1);
        QueuedMail member = outbox.stream().filter(m -> m.to().equals("karin@nordby.dk")).findFirst().orElseThrow();
        QueuedMail guest = outbox.stream().filter(m -> m.to().equals("bo@nordby.dk")).findFirst().orElseThrow();
        assertTrue(member.textBody(), member.textBody().contains("Personsag om bolig"));
        assertFalse(guest.textBody(), guest.textBody().contains("Personsag"));
        assertTrue(guest.textBody().contains("Lukket punkt"));
    }

    @Test
    public void aRepeatedDispatchSendsNothingAndTheDatabaseRefusesASecondRowForTheSameKey() {
        dispatch.send(meeting, DispatchKind.INVITATION, 1);
        int first = outbox.size();

        assertEquals(new MeetingDispatch.Sent(0, 0), dispatch.send(meeting, DispatchKind.INVITATION, 1));
        assertEquals(first, outbox.size());
        assertEquals("a new sequence is a new dispatch", first,
                dispatch.send(meeting, DispatchKind.UPDATE, 2).queued());

        String taken = ao.find(DispatchEntity.class)[0].getDispatchKey();
        assertThrows(RuntimeException.class, () -> ao.create(DispatchEntity.class,
                new DBParam("MEETING_ID", meeting), new DBParam("KIND", "INVITATION"), new DBParam("SEQUENCE", 1),
                new DBParam("RECIPIENT", "member:0"), new DBParam("OUTCOME", "QUEUED"),
                new DBParam("DISPATCHED_AT", Date.from(NOW)), new DBParam("DISPATCH_KEY", taken)));
    }

    @Test
    public void minutesApprovedGoToMembersOnlyAndPublishedMinutesToGuestsToo() {
        assertEquals(new MeetingDispatch.Sent(5, 1), dispatch.send(meeting, DispatchKind.MINUTES_APPROVED, 4));
        assertFalse(outbox.stream().anyMatch(m -> m.to().equals("bo@nordby.dk")));
        assertEquals(new MeetingDispatch.Sent(6, 2), dispatch.send(meeting, DispatchKind.MINUTES_PUBLISHED, 5));
    }

    @Test
    public void theRequesterHearsOnceThatTheRequestWasDeclinedAndWhyOrAcceptedAndAsWhichItem() {
        int declined = request("Flere bænke", "DECLINED", "Punktet er på næste møde.");
        assertEquals(new MeetingDispatch.Sent(1, 0), dispatch.sendRequestAnswer(
                new AgendaRequestAnsweredEvent(declined, meeting, AgendaRequestStatus.DECLINED, null)));
        QueuedMail no = outbox.get(0);
        assertEquals("maria.konto@nordby.dk", no.to());
        assertEquals("Dit forslag til dagsordenen for Ordinært møde", no.subject());
        assertTrue(no.textBody(), no.textBody().contains("Dit forslag \"Flere bænke\" blev ikke sat på dagsordenen.")
                && no.textBody().contains("Begrundelsen: Punktet er på næste møde."));
        assertEquals("once", new MeetingDispatch.Sent(0, 0), dispatch.sendRequestAnswer(
                new AgendaRequestAnsweredEvent(declined, meeting, AgendaRequestStatus.DECLINED, null)));

        plugin.get(AgendaService.class).add(meeting, AgendaItemInput.of("Velkomst").kind("INFORMATION").build());
        int item = plugin.get(AgendaService.class).add(meeting, AgendaItemInput.of("Toiletter i parken")
                .kind("DISCUSSION").build()).id();
        int accepted = request("Toiletter i parken", "ACCEPTED", null);
        dispatch.sendRequestAnswer(new AgendaRequestAnsweredEvent(accepted, meeting, AgendaRequestStatus.ACCEPTED,
                item));
        assertTrue(outbox.get(1).textBody(), outbox.get(1).textBody()
                .contains("Dit forslag \"Toiletter i parken\" er på dagsordenen som punkt 2."));
    }

    @Test
    public void thePrintPackHasOneLargeTypePageForEachPersonTheLatestAgendaDispatchCouldNotReach() {
        plugin.get(AgendaService.class).add(meeting, AgendaItemInput.of("Varmestuen").kind("DISCUSSION")
                .easyRead("Vi taler om varmestuen.").build());
        assertTrue(plugin.get(PrintPack.class).html(meeting).contains("intet at udskrive"));
        dispatch.send(meeting, DispatchKind.INVITATION, 1);

        String html = plugin.get(PrintPack.class).html(meeting);
        assertEquals(2, html.split("class=\"samraad-print-page\"", -1).length - 1);
        assertTrue(html.contains("Kære Per Papir") && html.contains("Kære Rådmand Papir"));
        assertTrue("easy-read first", html.indexOf("Kort fortalt: Vi taler om varmestuen.") < html.indexOf("Varmestuen</strong>"));
        assertTrue(html.contains("font-size:20pt"));
        plugin.actAs(MEMBER);
        assertThrows(ForbiddenException.class, () -> plugin.get(PrintPack.class).html(meeting));
    }

    @Test
    public void theDayBeforeAMeetingItsPeopleAreRemindedOnceUnlessTheCouncilTurnedItOff() {
        MeetingEntity tomorrow = rows.meeting(council, MeetingStatus.AGENDA_PUBLISHED.name(),
                LocalDateTime.of(2026, 11, 23, 17, 0).atZone(CouncilZone.COPENHAGEN).toInstant());
        tomorrow.setTitle("Ekstra møde");
        tomorrow.save();
        DayBeforeReminders reminders = plugin.getReplacing(DayBeforeReminders.class, MeetingDispatch.class, dispatch);

        assertEquals("the meeting in eleven days is not due; tomorrow's reaches its five members with an address", 5,
                reminders.sendDue());
        assertTrue(outbox.stream().allMatch(m -> m.subject().equals("I morgen: Ekstra møde")));
        assertEquals("once", 0, reminders.sendDue());

        plugin.get(CommunicationSettings.class).setDayBeforeReminder(council, false);
        outbox.clear();
        ao.deleteWithSQL(DispatchEntity.class, "KIND = ?", "DAY_BEFORE");
        assertEquals("turned off", 0, reminders.sendDue());
        assertTrue(plugin.get(CommunicationSettings.class).dayBeforeReminder(council + 1000));
    }

    @Test
    public void deletingAMeetingWhoseAgendaWentOutCancelsItForThoseInvitedAndTakesItsGuestsAndLogAlong() {
        dispatch.send(meeting, DispatchKind.INVITATION, 1);
        assertEquals(8, ao.count(DispatchEntity.class, "MEETING_ID = ?", meeting));
        plugin.get(MeetingService.class).delete(meeting);
        assertEquals(0, ao.count(GuestEntity.class, "MEETING_ID = ?", meeting));
        assertEquals(0, ao.count(DispatchEntity.class, "MEETING_ID = ?", meeting));

        MeetingEntity other = rows.meeting(council, MeetingStatus.AGENDA_PUBLISHED.name(),
                LocalDateTime.of(2026, 12, 17, 17, 0).atZone(CouncilZone.COPENHAGEN).toInstant());
        outbox.clear();
        MeetingCommunicationListener listener = plugin.getReplacing(MeetingCommunicationListener.class,
                MeetingDispatch.class, dispatch);
        listener.onDeleted(new MeetingDeletedEvent(other.getID(), council, MeetingStatus.PLANNED, 0));
        assertEquals("a planned meeting's deletion tells no one", 0, outbox.size());
        listener.onDeleted(new MeetingDeletedEvent(other.getID(), council, MeetingStatus.AGENDA_PUBLISHED, 0));
        assertEquals(5, outbox.size());
        assertTrue(outbox.stream().allMatch(m -> m.subject().startsWith("Aflyst: ")
                && m.attachments().get(0).content().contains("METHOD:CANCEL")));
    }

    @Test
    public void theDispatchLogMacroShowsInsidersWhatWentOutToWhomAndTheSecretariatThePrintPackInTwoStatements()
            throws Exception {
        dispatch.send(meeting, DispatchKind.INVITATION, 1);

        sql.assertAtMost(2, this::logMacro);
        String html = logMacro();
        assertTrue(html, html.contains("<th scope=\"row\">Karin Holm</th>"));
        assertTrue("the outcome in words", html.contains("<tr class=\"samraad-dispatch samraad-dispatch-unreached\">"));
        assertTrue(html.contains("No e-mail address: on paper") && html.contains("Invitation and agenda"));
        assertTrue(html.contains("/rest/samraad/1.0/meetings/" + meeting + "/print-pack"));
        plugin.confluence().grant("key-reader", Permission.VIEW, "UDS");
        plugin.actAs("key-reader");
        assertFalse("a reader who is no insider sees nothing", logMacro().contains("samraad-dispatch-log"));
        assertEquals(403, assertThrows(ForbiddenException.class,
                () -> plugin.get(DispatchLog.class).list(meeting)).status());
    }

    private String logMacro() throws Exception {
        return plugin.get(DispatchLogMacro.class).execute(new HashMap<>(Map.of("meeting", Integer.toString(meeting))),
                null, new HostConversionContext("UDS", null, "display"));
    }

    private int request(String title, String status, String answer) {
        AgendaRequestEntity row = ao.create(AgendaRequestEntity.class, new DBParam("COUNCIL_ID", council),
                new DBParam("TITLE", title), new DBParam("SUBMITTED_AT", Date.from(NOW)),
                new DBParam("STATUS", status), new DBParam("VERSION", 1));
        row.setMeetingId(meeting);
        row.setRequesterUserKey(MEMBER);
        row.setAnswer(answer);
        row.save();
        return row.getID();
    }

    @Test
    public void publishingTheAgendaThroughTheMeetingServiceWritesTheDispatchInTheSameTransaction() {
        MeetingEntity row = ao.get(MeetingEntity.class, meeting);
        row.setStatus(MeetingStatus.PLANNED.name());
        row.save();
        plugin.get(MeetingService.class).transition(meeting,
                new MeetingTransitionInput("AGENDA_PUBLISHED", row.getVersion(), null));
        DispatchEntity[] log = ao.find(DispatchEntity.class, "KIND = ?", "INVITATION");
        assertEquals(8, log.length);
        assertEquals(row.getVersion() + 1, log[0].getSequence());
        assertEquals("the agenda went out when it was dispatched: one moment, one transaction",
                ao.get(MeetingEntity.class, meeting).getAgendaPublishedAt().toInstant(),
                log[0].getDispatchedAt().toInstant());
        assertEquals("the meeting records the dispatch", log[0].getDispatchedAt().toInstant(),
                ao.get(MeetingEntity.class, meeting).getAgendaSentAt().toInstant());
    }

    @Test
    public void aPublishedAgendaWhoseDispatchFailedIsNotOnTimeUntilItIsDispatchedBeforeTheDeadline() {
        MeetingEntity row = ao.get(MeetingEntity.class, meeting);
        row.setStatus(MeetingStatus.PLANNED.name());
        row.setDispatchDeadline(CalendarDays.toDate(LocalDate.of(2026, 11, 26)));
        row.save();
        // the mail dispatch fails: the listener's failure is logged, the step stays taken
        EventPublisher events = plugin.events();
        MeetingCommunicationListener listener = plugin.get(MeetingCommunicationListener.class);
        listener.unregister();
        MeetingDispatch down = plugin.intercepting(MeetingDispatch.class, "send", invocation -> {
            throw new IllegalStateException("the mail queue is down");
        });
        MeetingCommunicationListener failing = new MeetingCommunicationListener(events, down);
        failing.register();
        MeetingService meetings = plugin.get(MeetingService.class);
        try {
            Meeting published = meetings.transition(meeting,
                    new MeetingTransitionInput("AGENDA_PUBLISHED", row.getVersion(), null));
            assertEquals(MeetingStatus.AGENDA_PUBLISHED, published.status());
            assertEquals(NOW, published.agendaPublishedAt());
            assertNull("nothing went out", published.agendaSentAt());
            assertNull("published is not sent: not on time, not known", published.agendaOnTime());
            assertNull(meetings.get(meeting).agendaOnTime());
        } finally {
            failing.unregister();
            listener.register();
        }

        now = Instant.parse("2026-11-26T22:30:00Z");
        dispatch.send(meeting, DispatchKind.INVITATION, ao.get(MeetingEntity.class, meeting).getVersion());
        Meeting sent = meetings.get(meeting);
        assertEquals(now, sent.agendaSentAt());
        assertEquals("23:30 in Copenhagen on the deadline day", Boolean.TRUE, sent.agendaOnTime());
    }

    @Test
    public void aRepeatedOrRetriedAgendaDispatchKeepsTheFirstMomentAndOtherDispatchesDoNotSetIt() {
        MeetingEntity row = ao.get(MeetingEntity.class, meeting);
        row.setDispatchDeadline(CalendarDays.toDate(LocalDate.of(2026, 11, 22)));
        row.save();
        dispatch.send(meeting, DispatchKind.UPDATE, 1);
        dispatch.send(meeting, DispatchKind.MINUTES_APPROVED, 2);
        assertNull("only the agenda's invitation counts", ao.get(MeetingEntity.class, meeting).getAgendaSentAt());

        dispatch.send(meeting, DispatchKind.INVITATION, 3);
        now = Instant.parse("2026-11-23T08:00:00Z");
        assertEquals(new MeetingDispatch.Sent(0, 0), dispatch.send(meeting, DispatchKind.INVITATION, 3));
        dispatch.send(meeting, DispatchKind.INVITATION, 4);

        Meeting meetingNow = plugin.get(MeetingService.class).get(meeting);
        assertEquals("the first dispatch, on the deadline day", NOW, meetingNow.agendaSentAt());
        assertEquals(Boolean.TRUE, meetingNow.agendaOnTime());
    }

    @Test
    public void anAgendaDispatchReachingOnlyPeopleOnPaperStillWentOut() {
        ao.deleteWithSQL(GuestEntity.class, "MEETING_ID = ?", meeting);
        for (org.samraad.council.MemberEntity member : ao.find(org.samraad.council.MemberEntity.class)) {
            member.setEmail(null);
            member.setUserKey(null);
            member.save();
        }
        MeetingDispatch.Sent sent = dispatch.send(meeting, DispatchKind.INVITATION, 1);
        assertEquals(0, sent.queued());
        assertTrue(sent.unreached() > 0);
        assertEquals("the print pack covers them", NOW,
                ao.get(MeetingEntity.class, meeting).getAgendaSentAt().toInstant());
    }
}
