package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.samraad.meeting.AttendanceData.EDITOR;
import static org.samraad.meeting.AttendanceData.MEMBER_USER;
import static org.samraad.meeting.AttendanceData.SECRETARY;
import static org.samraad.testing.Refusals.expect;

import java.util.ArrayList;
import java.util.List;
import net.java.ao.Query;
import org.junit.Before;
import org.junit.Test;
import org.samraad.platform.I18n;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.TestPlugin;

/**
 * The meeting's parts on one database, as the product uses them together: a meeting planned through the meeting
 * service (with its standing items) gets items from the agenda service and from accepted agenda requests, all before
 * "any other business" with dense positions and numbers; deleting such an item unlinks its request; approving the
 * minutes locks the agenda and reopening unlocks it; deleting the meeting leaves no row of any part behind.
 */
public class MeetingPartsTogetherTest extends AoTestSupport {
    private AttendanceData bed;
    private TestPlugin plugin;
    private AttendanceService attendance;
    private AgendaRequestService requests;
    private MeetingService meetings;
    private AgendaService agenda;
    private I18n i18n;
    private int uds;
    private int memberId;

    @Before
    public void setUp() {
        bed = new AttendanceData(plugin(), ao);
        plugin = bed.plugin();
        attendance = plugin.get(AttendanceService.class);
        requests = plugin.get(AgendaRequestService.class);
        meetings = plugin.get(MeetingService.class);
        agenda = plugin.get(AgendaService.class);
        i18n = plugin.get(I18n.class);
        uds = bed.council("UDS", "Udsatterådet Nordby", "da");
        memberId = bed.member(uds, "MEMBER").user(MEMBER_USER).id();
        bed.member(uds, "CHAIR").name("Karin Holm").id();
        bed.member(uds, "SECRETARY").user(SECRETARY).id();
        bed.actAs(EDITOR);
    }

    @Test
    public void itemsFromTheAgendaAndFromAcceptedRequestsGoBeforeAnyOtherBusinessWithDensePositions() {
        Meeting meeting = plan();
        assertEquals(List.of(StandingKind.APPROVE_AGENDA, StandingKind.APPROVE_MINUTES, StandingKind.FOLLOW_UP,
                StandingKind.AOB), standing(agenda.list(meeting.id())));

        agenda.add(meeting.id(), item("Budget 2027", "DECISION", 30));
        bed.actAs(MEMBER_USER);
        AgendaRequest asked = requests.submit(meeting.id(), new AgendaRequestInput("Væresteder om vinteren", "Kan rådet drøfte det?"));
        bed.actAs(SECRETARY);
        requests.answer(asked.id(), new AgendaRequestChange("ACCEPTED", null, asked.version()));
        agenda.add(meeting.id(), item("Høring om boligstrategi", "HEARING", 20));

        List<AgendaItem> items = agenda.list(meeting.id());
        assertEquals(List.of(standing("APPROVE_AGENDA"), standing("APPROVE_MINUTES"), standing("FOLLOW_UP"),
                "Budget 2027",
                "Væresteder om vinteren", "Høring om boligstrategi", standing("AOB")), titles(items));
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), items.stream().map(AgendaItem::sortOrder).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), items.stream().map(AgendaItem::number).toList());

        // nothing may follow "Any other business": the secretary's order with AOB before the hearing is refused
        List<Integer> order = new ArrayList<>(items.stream().map(AgendaItem::id).toList());
        order.add(5, order.remove(6));
        assertThrows(org.samraad.platform.ValidationException.class,
                () -> agenda.reorder(meeting.id(), new AgendaOrder(order)));
        agenda.add(meeting.id(), item("Temadag", "INFORMATION", 10));
        bed.actAs(MEMBER_USER);
        AgendaRequest late = requests.submit(meeting.id(), new AgendaRequestInput("Natcaféen", null));
        bed.actAs(SECRETARY);
        requests.answer(late.id(), new AgendaRequestChange("ACCEPTED", null, late.version()));
        items = agenda.list(meeting.id());
        assertEquals(List.of(standing("APPROVE_AGENDA"), standing("APPROVE_MINUTES"), standing("FOLLOW_UP"),
                "Budget 2027",
                "Væresteder om vinteren", "Høring om boligstrategi", "Temadag", "Natcaféen", standing("AOB")), titles(items));
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8), items.stream().map(AgendaItem::sortOrder).toList());
    }

    @Test
    public void deletingTheItemAnAcceptedRequestMadeLeavesTheRequestAcceptedWithoutALinkToIt() {
        Meeting meeting = plan();
        bed.actAs(MEMBER_USER);
        AgendaRequest asked = requests.submit(meeting.id(), new AgendaRequestInput("Natcaféen", null));
        bed.actAs(SECRETARY);
        AgendaRequest accepted = requests.answer(asked.id(), new AgendaRequestChange("ACCEPTED", null, asked.version()));

        agenda.delete(accepted.agendaItemId());

        AgendaRequest after = requests.list(meeting.id()).get(0);
        assertEquals(AgendaRequestStatus.ACCEPTED, after.status());
        assertNull(after.agendaItemId());
        assertEquals(4, agenda.list(meeting.id()).size());
    }

    @Test
    public void approvedMinutesLockTheAgendaAcrossTheServicesAndReopeningUnlocksIt() {
        Meeting meeting = plan();
        bed.actAs(SECRETARY);
        AgendaItem budget = agenda.add(meeting.id(), item("Budget 2027", "DECISION", 30));
        meeting = meetings.transition(meeting.id(), new MeetingTransitionInput("HELD", meeting.version(), true));
        meeting = meetings.transition(meeting.id(), new MeetingTransitionInput("MINUTES_APPROVED", meeting.version(), true));
        int approved = meeting.id();

        expect(AgendaLockedException.class, () -> agenda.add(approved, item("For sent", "INFORMATION", 5)));
        expect(AgendaLockedException.class, () -> agenda.delete(budget.id()));
        expect(MeetingLockedException.class, () -> meetings.delete(approved));

        meeting = meetings.transition(meeting.id(), new MeetingTransitionInput("HELD", meeting.version(), true,
                "Beslutningen skal rettes"));
        assertEquals(MeetingStatus.HELD, meeting.status());
        AgendaItem decided = agenda.update(budget.id(), AgendaItemInput.of("Budget 2027").kind("DECISION")
                .durationMinutes(30).closed(false).decision("Vedtaget").dissent("Jonas Bech stemte imod")
                .attachments(List.of()).version(budget.version()).build());
        assertEquals("Vedtaget", decided.decision());
    }

    @Test
    public void deletingAMeetingRemovesItsItemsAttachmentsAttendanceAndRequests() {
        Meeting meeting = plan();
        agenda.add(meeting.id(), AgendaItemInput.of("Budget 2027").kind("DECISION").durationMinutes(30)
                .closed(false).attachments(List.of(new AgendaAttachmentInput("Budgetnotat", null,
                        "https://nordby.dk/budget.pdf", false))).build());
        attendance.record(meeting.id(), new AttendanceInput(List.of(
                new AttendanceLineInput(memberId, "APOLOGIES", null, null, null, null),
                new AttendanceLineInput(null, "GUEST", null, null, "Maria Gæst", null)), 0));
        bed.actAs(MEMBER_USER);
        requests.submit(meeting.id(), new AgendaRequestInput("Natcaféen", null));
        bed.actAs(EDITOR);
        assertTrue(count(AgendaAttachmentEntity.class, meeting.id()) > 0 && count(AttendanceEntity.class, meeting.id()) > 0
                && count(AgendaRequestEntity.class, meeting.id()) > 0);

        meetings.delete(meeting.id());

        for (Class<? extends net.java.ao.Entity> part : List.of(AgendaItemEntity.class, AgendaAttachmentEntity.class,
                AttendanceEntity.class, AgendaRequestEntity.class)) {
            assertEquals(part.getSimpleName(), 0, count(part, meeting.id()));
        }
        assertEquals(0, ao.count(MeetingEntity.class, Query.select().where("ID = ?", meeting.id())));
    }

    private Meeting plan() {
        return meetings.create(uds, new MeetingInput("ORDINARY", "2026-12-03", "17:00", "19:00", null, false, null,
                null, null));
    }

    private int count(Class<? extends net.java.ao.Entity> type, int meetingId) {
        return ao.count(type, Query.select().where("MEETING_ID = ?", meetingId));
    }

    private static AgendaItemInput item(String title, String kind, int minutes) {
        return AgendaItemInput.of(title).kind(kind).durationMinutes(minutes).closed(false).attachments(List.of())
                .build();
    }

    private static List<String> titles(List<AgendaItem> items) {
        return items.stream().map(AgendaItem::title).toList();
    }

    private String standing(String kind) {
        // stored in the council's language (Danish), whoever created the meeting
        return i18n.text(java.util.Locale.forLanguageTag("da"), "samraad.meeting.standing." + kind);
    }

    private static List<StandingKind> standing(List<AgendaItem> items) {
        return items.stream().map(AgendaItem::standingKind).toList();
    }
}
