package org.samraad.hearing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.samraad.testing.Refusals.expect;
import static org.samraad.testing.Refusals.expectValidation;

import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.council.CouncilZone;
import org.samraad.meeting.AgendaItemEntity;
import org.samraad.meeting.AgendaItemKind;
import org.samraad.meeting.MeetingEntity;
import org.samraad.meeting.MeetingStatus;
import org.samraad.meeting.MeetingTransitionInput;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.StaleVersionException;
import org.samraad.platform.ValidationException;
import org.samraad.testing.AoTestSupport;
import org.samraad.meeting.MeetingService;
import org.samraad.testing.Rows;
import org.samraad.testing.TestPlugin;
import org.samraad.testing.FakeConfluence;

/**
 * A hearing on a meeting's agenda, on a real database: "put on agenda" adds a hearing item through the agenda
 * service and remembers it, only for an upcoming meeting of the hearing's own council and only once while that
 * meeting stands; approving the minutes approves the hearings in review whose item has a decision, recorded as done
 * by the approver with the meeting named.
 */
public class HearingAgendaTest extends AoTestSupport {
    private static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");
    private static final String EDITOR = "key-editor";
    private static final String READER = "key-reader";
    private static final String SECRETARY = "key-secretary";
    private static final Map<String, String> USERS =
            Map.of(EDITOR, "Edvin Editor", READER, "Rita Reader", SECRETARY, "Sara Sekretær");

    private FakeConfluence confluence;
    private TestPlugin plugin;
    private HearingReads reads;
    private HearingWorkflow workflow;
    private HearingHistory history;
    private HearingAgenda hearingAgenda;
    private MeetingService meetings;
    private int uds;
    private int intern;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS").space("INT")
                .grant(null, Permission.VIEW, "UDS")
                .grant(READER, Permission.VIEW, "UDS")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .grant(SECRETARY, Permission.EDIT, "UDS")
                .grant(SECRETARY, Permission.EDIT, "INT")
                .actAs(EDITOR);
        plugin = plugin().confluence(confluence).users(USERS).clock(() -> NOW).start();
        reads = plugin.get(HearingReads.class);
        workflow = plugin.get(HearingWorkflow.class);
        history = plugin.get(HearingHistory.class);
        hearingAgenda = plugin.get(HearingAgenda.class);
        meetings = plugin.get(MeetingService.class);
        uds = council("UDS");
        intern = council("INT");
        new Rows(ao).secretary(uds, SECRETARY);
    }

    @Test
    public void anEditorPutsAHearingOnAnUpcomingMeetingAsAHearingItemWithItsTitleAndSummary() {
        int hearing = hearing("Udkast til <b>udsattepolitik</b>", "Kommunen vil lukke natvarmestuen & spare.");
        int meeting = meeting(uds, MeetingStatus.AGENDA_PUBLISHED);

        Hearing placed = hearingAgenda.putOnAgenda(hearing, new AgendaPlacement(meeting, version(hearing)));

        AgendaItemEntity item = ao.get(AgendaItemEntity.class, placed.agendaItemId());
        assertEquals(meeting, item.getMeetingId());
        assertEquals(AgendaItemKind.HEARING.name(), item.getKind());
        assertEquals("Udkast til <b>udsattepolitik</b>", item.getTitle());
        assertEquals("Kommunen vil lukke natvarmestuen & spare.", item.getCasePresentation());
        assertEquals(Integer.valueOf(hearing), item.getHearingId());
        assertEquals(version(hearing), placed.version());
        assertEquals("the status does not change", HearingStatus.COUNCIL_REVIEW, placed.status());
    }

    @Test
    public void onlyAnOpenHearingGoesOnAnUpcomingMeetingOfItsOwnCouncil() {
        int hearing = hearing("Høring om busruter", null);
        for (int meeting : List.of(meeting(uds, MeetingStatus.HELD), meeting(uds, MeetingStatus.CANCELLED),
                meeting(intern, MeetingStatus.PLANNED), 999_999)) {
            ValidationException e = expectValidation(
                    () -> hearingAgenda.putOnAgenda(hearing, new AgendaPlacement(meeting, version(hearing))));
            assertEquals(Set.of("meetingId|samraad.hearing.error.meeting"), fields(e));
        }
        ValidationException missing = expectValidation(
                () -> hearingAgenda.putOnAgenda(hearing, new AgendaPlacement(null, null)));
        assertEquals(Set.of("meetingId|samraad.error.required", "version|samraad.error.required"), fields(missing));
        int declined = hearing("Høring uden svar", null);
        workflow.transition(declined, new HearingTransition("DECLINED", "Ikke vores område", null,
                version(declined)));
        ValidationException closed = expectValidation(() -> hearingAgenda.putOnAgenda(declined,
                new AgendaPlacement(meeting(uds, MeetingStatus.PLANNED), version(declined))));
        assertEquals(Set.of("meetingId|samraad.hearing.error.agenda-closed"), fields(closed));
        assertNull(ao.get(HearingEntity.class, hearing).getAgendaItemId());
        assertEquals(0, ao.count(AgendaItemEntity.class));
    }

    @Test
    public void aHearingOnTheAgendaOfAStandingMeetingIsAConflictUntilThatMeetingIsCancelled() {
        int hearing = hearing("Høring om boligsociale tiltag", null);
        int first = meeting(uds, MeetingStatus.PLANNED);
        int second = meeting(uds, MeetingStatus.PLANNED);
        hearingAgenda.putOnAgenda(hearing, new AgendaPlacement(first, version(hearing)));

        expect(HearingOnAgendaException.class,
                () -> hearingAgenda.putOnAgenda(hearing, new AgendaPlacement(second, version(hearing))));
        assertEquals(1, ao.count(AgendaItemEntity.class));

        MeetingEntity cancelled = ao.get(MeetingEntity.class, first);
        cancelled.setStatus(MeetingStatus.CANCELLED.name());
        cancelled.save();
        Hearing moved = hearingAgenda.putOnAgenda(hearing, new AgendaPlacement(second, version(hearing)));
        assertEquals(second, ao.get(AgendaItemEntity.class, moved.agendaItemId()).getMeetingId());
    }

    @Test
    public void readersMayNotAndAStaleVersionChangesNothing() {
        int hearing = hearing("Høring om misbrugsbehandling", null);
        int meeting = meeting(uds, MeetingStatus.PLANNED);
        int stale = version(hearing);
        workflow.update(hearing, new HearingInput("Høring om misbrugsbehandling (ny frist)", null, null, null,
                null, null, "2026-12-20", null, null, null, null, null, null, null, null, stale));

        expect(StaleVersionException.class,
                () -> hearingAgenda.putOnAgenda(hearing, new AgendaPlacement(meeting, stale)));
        confluence.actAs(READER);
        expect(ForbiddenException.class,
                () -> hearingAgenda.putOnAgenda(hearing, new AgendaPlacement(meeting, version(hearing))));
        assertEquals(0, ao.count(AgendaItemEntity.class));
    }

    @Test
    public void approvingTheMinutesApprovesTheHearingsInReviewWhoseItemHasADecision() {
        int decided = hearing("Høring om udsattepolitik", null);
        int undecided = hearing("Høring om busruter", null);
        int drafting = hearing("Høring om værestedets åbningstider", null);
        int meeting = meeting(uds, MeetingStatus.PLANNED);
        for (int hearing : List.of(decided, undecided, drafting)) {
            hearingAgenda.putOnAgenda(hearing, new AgendaPlacement(meeting, version(hearing)));
        }
        workflow.transition(drafting, new HearingTransition("DRAFTING", "Mere arbejde", null, version(drafting)));
        decide(decided, "Rådet godkender svaret.");
        decide(drafting, "Rådet godkender svaret.");
        held(meeting);

        confluence.actAs(SECRETARY);
        meetings.transition(meeting, new MeetingTransitionInput("MINUTES_APPROVED",
                ao.get(MeetingEntity.class, meeting).getVersion(), true));

        assertEquals(HearingStatus.APPROVED, reads.get(decided).status());
        assertEquals(HearingStatus.COUNCIL_REVIEW, reads.get(undecided).status());
        assertEquals(HearingStatus.DRAFTING, reads.get(drafting).status());
        List<HearingEvent> events = history.events(decided);
        HearingEvent approval = events.get(events.size() - 1);
        assertEquals(HearingStatus.COUNCIL_REVIEW, approval.from());
        assertEquals(HearingStatus.APPROVED, approval.to());
        assertEquals("Sara Sekretær", approval.by());
        assertTrue(approval.note(), approval.note().contains("Ordinært møde") && approval.note().contains("2026-12-01"));
    }

    @Test
    public void minutesOfAnotherMeetingApproveNothing() {
        int hearing = hearing("Høring om udsattepolitik", null);
        int ours = meeting(uds, MeetingStatus.PLANNED);
        int other = meeting(uds, MeetingStatus.PLANNED);
        hearingAgenda.putOnAgenda(hearing, new AgendaPlacement(ours, version(hearing)));
        decide(hearing, "Godkendt");
        held(other);

        confluence.actAs(SECRETARY);
        meetings.transition(other, new MeetingTransitionInput("MINUTES_APPROVED",
                ao.get(MeetingEntity.class, other).getVersion(), true));

        assertEquals(HearingStatus.COUNCIL_REVIEW, reads.get(hearing).status());
    }

    // --- helpers

    /** A hearing of the UDS council in council review. */
    private int hearing(String title, String summary) {
        int id = workflow.create(uds, new HearingInput(title, null, null, null, summary, "2026-11-01",
                "2026-12-15", null, null, null, null, null, null, null, null, null)).id();
        for (String step : List.of("DRAFTING", "COUNCIL_REVIEW")) {
            workflow.transition(id, new HearingTransition(step, null, null, version(id)));
        }
        return id;
    }

    private void decide(int hearing, String decision) {
        AgendaItemEntity item = ao.get(AgendaItemEntity.class, ao.get(HearingEntity.class, hearing).getAgendaItemId());
        item.setDecision(decision);
        item.save();
    }

    private void held(int meeting) {
        MeetingEntity row = ao.get(MeetingEntity.class, meeting);
        row.setStatus(MeetingStatus.HELD.name());
        row.save();
    }

    private int meeting(int councilId, MeetingStatus status) {
        MeetingEntity meeting = ao.create(MeetingEntity.class, new DBParam("COUNCIL_ID", councilId),
                new DBParam("KIND", "ORDINARY"), new DBParam("STATUS", status.name()),
                new DBParam("STARTS_AT", Date.from(LocalDateTime.of(2026, 12, 1, 16, 0)
                        .atZone(CouncilZone.COPENHAGEN).toInstant())), new DBParam("VERSION", 0));
        meeting.setTitle("Ordinært møde");
        meeting.save();
        return meeting.getID();
    }

    private int version(int id) {
        return ao.get(HearingEntity.class, id).getVersion();
    }

    private static Set<String> fields(ValidationException e) {
        return e.errors().stream().map(x -> x.field() + "|" + x.messageKey()).collect(Collectors.toSet());
    }

    private int council(String spaceKey) {
        return ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", spaceKey), new DBParam("NAME", "Råd " + spaceKey),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("LOCALE", "da"), new DBParam("VERSION", 0)).getID();
    }
}
