package org.samraad.hearing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.samraad.testing.Refusals.expect;

import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.security.Permission;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.council.CouncilZone;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.meeting.AgendaItemEntity;
import org.samraad.meeting.MeetingEntity;
import org.samraad.meeting.MeetingStatus;
import org.samraad.meeting.MeetingTransitionInput;
import org.samraad.platform.ConfirmationRequiredException;
import org.samraad.testing.AoTestSupport;
import org.samraad.meeting.MeetingService;
import org.samraad.testing.Rows;
import org.samraad.testing.TestPlugin;
import org.samraad.testing.FakeConfluence;

/**
 * Minutes approved with a decision on a hearing still in drafting (issue 11, point 18): the approval does not approve
 * the response, so the approver is told before confirming, the hearing page says so and offers the move to council
 * review, and that move approves the response with those minutes at once. A response reopened for drafting after
 * its approval is not approved again by the old minutes.
 */
public class HearingApprovedWhileDraftingTest extends AoTestSupport {
    private static final long PAGE = 4711L;
    private static final String EDITOR = "key-editor";
    private static final String SECRETARY = "key-secretary";
    private static final String READER = "key-reader";

    private FakeConfluence confluence;
    private TestPlugin plugin;
    private HearingReads reads;
    private HearingWorkflow workflow;
    private HearingHistory history;
    private HearingAgenda hearingAgenda;
    private MeetingService meetings;
    private HearingMacro macro;
    private Instant now = Instant.parse("2026-11-22T10:15:00Z");
    private int uds;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS").page(PAGE, "UDS")
                .grant(READER, Permission.VIEW, "UDS")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .grant(SECRETARY, Permission.EDIT, "UDS")
                .actAs(EDITOR);
        plugin = plugin().confluence(confluence).users(Map.of(EDITOR, "Edvin Editor", SECRETARY, "Sara Sekretær"))
                .clock(() -> now).start();
        reads = plugin.get(HearingReads.class);
        workflow = plugin.get(HearingWorkflow.class);
        history = plugin.get(HearingHistory.class);
        hearingAgenda = plugin.get(HearingAgenda.class);
        meetings = plugin.get(MeetingService.class);
        macro = plugin.get(HearingMacro.class);
        uds = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "UDS"), new DBParam("NAME", "Udsatterådet"),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("LOCALE", "da"), new DBParam("VERSION", 0)).getID();
        new Rows(ao).secretary(uds, SECRETARY);
    }

    @Test
    public void theApproverIsToldByItemNumberAndHearingTitleBeforeConfirming() {
        int hearing = drafting("Høring om natcafé");
        int meeting = heldWithDecisionOn(hearing);

        confluence.actAs(SECRETARY);
        ConfirmationRequiredException asked = expect(ConfirmationRequiredException.class,
                () -> meetings.transition(meeting, new MeetingTransitionInput("MINUTES_APPROVED", 0, null)));

        ConfirmationRequiredException.Reason reason = asked.reasons().stream()
                .filter(r -> r.kind().equals("HEARING_IN_DRAFTING")).findFirst().orElseThrow();
        assertEquals(Integer.valueOf(hearing), reason.id());
        assertEquals(Integer.valueOf(1), reason.number());
        assertEquals("Høring om natcafé", reason.title());
        assertEquals("samraad.hearing.confirm.drafting", reason.messageKey());
        assertEquals("HELD", ao.get(MeetingEntity.class, meeting).getStatus());
    }

    @Test
    public void theHearingPageSaysSoAndMovingItToReviewApprovesItWithThoseMinutes() throws Exception {
        int hearing = drafting("Høring om natcafé");
        int meeting = heldWithDecisionOn(hearing);
        approve(meeting);
        assertEquals("the approval itself leaves a hearing in drafting as it is", HearingStatus.DRAFTING,
                reads.get(hearing).status());

        String page = render("display");
        assertTrue(page, page.contains("<div class=\"aui-message aui-message-warning samraad-hearing-minutes-pending\">"
                + "\n    <p>The minutes of &quot;Ordinært møde&quot; approved a response, but the hearing is still in"
                + " drafting, so it was not approved.</p>"));
        assertTrue(page.contains("<form class=\"aui samraad-hearing-to-review\" hidden novalidate"));
        assertTrue(page.contains(">Move to council review</button>"));
        confluence.actAs(READER);
        String reader = render("display");
        assertTrue("readers are told too", reader.contains("samraad-hearing-minutes-pending"));
        assertFalse("but get no button", reader.contains("samraad-hearing-to-review"));
        confluence.actAs(EDITOR);
        assertFalse(render("pdf").contains("samraad-hearing-to-review"));

        later();
        Hearing moved = workflow.transition(hearing,
                new HearingTransition("COUNCIL_REVIEW", null, null, ao.get(HearingEntity.class, hearing).getVersion()));

        assertEquals(HearingStatus.APPROVED, moved.status());
        List<HearingEvent> events = history.events(hearing);
        HearingEvent review = events.get(events.size() - 2);
        HearingEvent approval = events.get(events.size() - 1);
        assertEquals(HearingStatus.DRAFTING, review.from());
        assertEquals(HearingStatus.COUNCIL_REVIEW, review.to());
        assertEquals(HearingStatus.COUNCIL_REVIEW, approval.from());
        assertEquals(HearingStatus.APPROVED, approval.to());
        assertEquals("Edvin Editor", approval.by());
        assertEquals("Approved with the minutes of \"Ordinært møde\" (2026-12-01).", approval.note());
        assertFalse("nothing pending once approved", render("display").contains("samraad-hearing-minutes-pending"));
    }

    @Test
    public void aResponseReopenedForDraftingAfterItsApprovalIsNotApprovedAgainByTheOldMinutes() throws Exception {
        int hearing = drafting("Høring om natcafé");
        int meeting = heldWithDecisionOn(hearing);
        move(hearing, "COUNCIL_REVIEW");
        later();
        approve(meeting);
        assertEquals(HearingStatus.APPROVED, reads.get(hearing).status());

        later();
        move(hearing, "DRAFTING");
        assertNull(reads.shown(hearing, null).orElseThrow().minutesPending());
        assertFalse(render("display").contains("samraad-hearing-minutes-pending"));
        later();
        assertEquals("review is a review again", HearingStatus.COUNCIL_REVIEW, move(hearing, "COUNCIL_REVIEW").status());
    }

    @Test
    public void minutesNotYetApprovedOrReopenedLeaveNothingPending() throws Exception {
        int hearing = drafting("Høring om natcafé");
        int meeting = heldWithDecisionOn(hearing);
        assertNull("held, not approved", reads.shown(hearing, null).orElseThrow().minutesPending());
        approve(meeting);
        assertNotNull(reads.shown(hearing, null).orElseThrow().minutesPending());
        later();
        confluence.actAs(SECRETARY);
        meetings.transition(meeting, new MeetingTransitionInput("HELD",
                ao.get(MeetingEntity.class, meeting).getVersion(), null, "Høringssvaret skal med"));
        confluence.actAs(EDITOR);
        assertNull("reopened minutes approve nothing", reads.shown(hearing, null).orElseThrow().minutesPending());
        assertEquals(HearingStatus.COUNCIL_REVIEW, move(hearing, "COUNCIL_REVIEW").status());
    }

    // --- helpers

    /** A hearing of the council with a response page, moved into drafting. */
    private int drafting(String title) {
        int id = workflow.create(uds, new HearingInput(title, null, null, null, null, "2026-11-01",
                "2026-12-15", null, null, PAGE, null, null, null, null, null, null)).id();
        move(id, "DRAFTING");
        later();
        return id;
    }

    /** A meeting of the council with the hearing on its agenda (the first item), held, with a decision on it. */
    private int heldWithDecisionOn(int hearing) {
        MeetingEntity meeting = ao.create(MeetingEntity.class, new DBParam("COUNCIL_ID", uds),
                new DBParam("KIND", "ORDINARY"), new DBParam("STATUS", MeetingStatus.PLANNED.name()),
                new DBParam("STARTS_AT", java.util.Date.from(LocalDateTime.of(2026, 12, 1, 16, 0)
                        .atZone(CouncilZone.COPENHAGEN).toInstant())), new DBParam("VERSION", 0));
        meeting.setTitle("Ordinært møde");
        meeting.save();
        hearingAgenda.putOnAgenda(hearing, new AgendaPlacement(meeting.getID(),
                ao.get(HearingEntity.class, hearing).getVersion()));
        AgendaItemEntity item = ao.get(AgendaItemEntity.class, ao.get(HearingEntity.class, hearing).getAgendaItemId());
        item.setDecision("Rådet godkender svaret.");
        item.save();
        meeting.setStatus(MeetingStatus.HELD.name());
        meeting.save();
        return meeting.getID();
    }

    private void approve(int meeting) {
        confluence.actAs(SECRETARY);
        meetings.transition(meeting, new MeetingTransitionInput("MINUTES_APPROVED",
                ao.get(MeetingEntity.class, meeting).getVersion(), true));
        confluence.actAs(EDITOR);
    }

    private Hearing move(int hearing, String to) {
        return workflow.transition(hearing,
                new HearingTransition(to, null, null, ao.get(HearingEntity.class, hearing).getVersion()));
    }

    private void later() {
        now = now.plus(Duration.ofMinutes(5));
    }

    private String render(String outputType) throws MacroExecutionException {
        return macro.execute(new HashMap<>(), null, new HostConversionContext("UDS", PAGE, outputType));
    }
}
