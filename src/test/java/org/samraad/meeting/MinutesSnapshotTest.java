package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.samraad.meeting.AttendanceData.EDITOR;
import static org.samraad.meeting.AttendanceData.MEMBER_USER;
import static org.samraad.meeting.AttendanceData.NOW;
import static org.samraad.meeting.AttendanceData.READER;
import static org.samraad.meeting.AttendanceData.SECRETARY;
import static org.samraad.meeting.AttendanceData.TODAY;

import com.atlassian.confluence.security.Permission;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.MemberEntity;
import org.samraad.council.OrganisationEntity;
import org.samraad.council.PersonalDataEraser;
import org.samraad.council.PersonalDataExport;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.platform.I18n;
import org.samraad.platform.Transactions;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.Rows;
import org.samraad.testing.TestPlugin;

/**
 * Approved minutes are a record (issue 14.1): approving stores what was approved, and every later read of the
 * meeting (agenda, follow-up list, attendance, quorum, the macros) shows that, whatever happens to the live rows,
 * until the minutes are reopened. Only an erasure still reaches them: the name becomes "Former member" and the
 * minutes say that a name was removed.
 */
public class MinutesSnapshotTest extends AoTestSupport {
    private AttendanceData bed;
    private TestPlugin plugin;
    private Rows rows;
    private MeetingService meetings;
    private AgendaService agenda;
    private AttendanceService attendance;
    private MeetingAccess access;
    private I18n i18n;
    private int uds;
    private int redCross;
    private int mona;
    private int karin;
    private Meeting meeting;
    private AgendaItem budget;

    @Before
    public void setUp() {
        bed = new AttendanceData(plugin(), ao);
        plugin = bed.plugin();
        rows = new Rows(ao);
        meetings = plugin.get(MeetingService.class);
        agenda = plugin.get(AgendaService.class);
        attendance = plugin.get(AttendanceService.class);
        access = plugin.get(MeetingAccess.class);
        i18n = plugin.get(I18n.class);
        uds = bed.council("UDS", "Udsatterådet Nordby", "da");
        redCross = bed.organisation("Røde Kors", "UDS");
        mona = bed.member(uds, "MEMBER").user(MEMBER_USER).organisation(redCross).id();
        karin = bed.member(uds, "CHAIR").name("Karin Holm").id();
        bed.member(uds, "SECRETARY").user(SECRETARY).id();
        bed.actAs(SECRETARY);
        meeting = meetings.create(uds, new MeetingInput("ORDINARY", "2026-11-20", "17:00", "19:00", "Rådhuset", false,
                null, null, null));
        MeetingEntity row = ao.get(MeetingEntity.class, meeting.id());
        row.setPageId(4711L); // the meeting page, as the blueprint binds it
        row.save();
        budget = agenda.add(meeting.id(), AgendaItemInput.of("Budget 2027").kind("DECISION").durationMinutes(30)
                .closed(false).presenterUserKey(MEMBER_USER).decision("Rådet vedtog budgettet.")
                .dissent("Et medlem stemte imod.").dissenterIds(List.of(karin))
                .attachments(List.of(new AgendaAttachmentInput("Budgetnotat", null, "https://nordby.dk/b.pdf", false)))
                .build());
        attendance.record(meeting.id(), new AttendanceInput(List.of(
                new AttendanceLineInput(mona, "PRESENT", null, null, null, null),
                new AttendanceLineInput(karin, "PRESENT", null, null, null, null),
                new AttendanceLineInput(null, "GUEST", null, null, "Gerda Gæst", redCross)), 0));
        rows.action(uds, "Ryd op i natcaféen", MEMBER_USER, null, redCross, TODAY.plusDays(10), "OPEN", null, null,
                NOW);
        rows.action(uds, "Skriv til kommunen", MEMBER_USER, null, redCross, TODAY.plusDays(5), "OPEN", meeting.id(),
                budget.id(), NOW);
    }

    @Test
    public void afterApprovalANewActionARenamedOrganisationAndChangedRowsChangeNothingInTheApprovedMinutes() {
        approve();
        Minutes approved = read();

        rows.action(uds, "Handling oprettet i dag", MEMBER_USER, null, null, TODAY, "OPEN", null, null, NOW);
        OrganisationEntity organisation = ao.get(OrganisationEntity.class, redCross);
        organisation.setName("Dansk Røde Kors");
        organisation.save();
        AttendanceEntity karinsLine = ao.find(AttendanceEntity.class,
                Query.select().where("MEETING_ID = ? AND MEMBER_ID = ?", meeting.id(), karin))[0];
        karinsLine.setStatus("ABSENT");
        karinsLine.save();
        AgendaItemEntity item = ao.get(AgendaItemEntity.class, budget.id());
        item.setDecision("Rådet forkastede budgettet.");
        item.setTitle("Budget 2028");
        item.save();
        ao.deleteWithSQL(AgendaDissenterEntity.class, "AGENDA_ITEM_ID = ?", budget.id());

        assertEquals(approved, read());
        assertEquals("Rådet vedtog budgettet.", item(approved.agenda(), "Budget 2027").decision());
        assertEquals(List.of("Skriv til kommunen", "Ryd op i natcaféen"), titles(approved.actions()));
        assertEquals("Røde Kors", approved.attendance().byOrganisation().get(0).organisationName());
        assertTrue(approved.attendance().quorum().quorate());
        bed.actAs(READER);
        assertEquals("others read the same record", "Rådet vedtog budgettet.",
                item(agenda.list(meeting.id()), "Budget 2027").decision());
        assertEquals(AttendanceStatus.PRESENT, line(attendance.get(meeting.id()), karin).status());
    }

    @Test
    public void anErasureChangesOnlyTheErasedNameInTheApprovedMinutesAndTheMinutesSaySo() {
        approve();
        Minutes approved = read();
        String former = i18n.text("samraad.member.former");

        erase(mona);

        Minutes after = read();
        AgendaItem item = item(after.agenda(), "Budget 2027");
        assertEquals(former, item.presenterName());
        assertNull(item.presenterUserKey());
        assertEquals("the rest of the item stays", item(approved.agenda(), "Budget 2027").decision(), item.decision());
        assertEquals(item(approved.agenda(), "Budget 2027").dissenters(), item.dissenters());
        AttendanceLine monasLine = line(after.attendance(), mona);
        assertEquals(former, monasLine.displayName());
        assertNull(monasLine.userKey());
        assertEquals(AttendanceStatus.PRESENT, monasLine.status());
        assertEquals(line(approved.attendance(), karin), line(after.attendance(), karin));
        assertEquals(approved.attendance().guests(), after.attendance().guests());
        assertEquals(approved.attendance().quorum(), after.attendance().quorum());
        assertEquals(titles(approved.actions()), titles(after.actions()));
        for (ActionSummary action : after.actions()) {
            assertEquals(former, action.ownerName());
            assertNull(action.ownerUserKey());
        }
        MinutesSnapshotEntity snapshot = snapshots()[0];
        assertEquals(NOW, snapshot.getErasedAt().toInstant());
        assertFalse("no trace of the person in what was approved", snapshot.getContent().contains(MEMBER_USER)
                || snapshot.getContent().contains("Mona Medlem"));
        assertEquals(0, ao.count(MinutesPersonEntity.class, Query.select().where("USER_KEY = ? OR MEMBER_ID = ?",
                MEMBER_USER, mona)));
    }

    @Test
    public void anErasureAlsoTakesThePersonsNameOutOfTheApprovedFreeTextsInTheCouncilsLanguage() {
        AgendaItem named = agenda.add(meeting.id(), AgendaItemInput.of("Natcaféen").kind("DECISION")
                .durationMinutes(10).closed(false).decision("Mona Medlem og Karin Holm undersøger sagen.")
                .dissent("mona medlem stemte imod.").build());
        rows.action(uds, "Mona Medlem ringer til kommunen", null, null, redCross, TODAY.plusDays(3), "OPEN",
                meeting.id(), named.id(), NOW);
        approve();

        erase(mona);

        String former = i18n.text(java.util.Locale.forLanguageTag("da"), "samraad.member.former");
        Minutes after = read();
        AgendaItem item = item(after.agenda(), "Natcaféen");
        assertEquals(former + " og Karin Holm undersøger sagen.", item.decision());
        assertEquals(former + " stemte imod.", item.dissent());
        assertTrue(titles(after.actions()).toString(), titles(after.actions()).contains(former + " ringer til kommunen"));
        assertFalse(snapshots()[0].getContent().toLowerCase(java.util.Locale.ROOT).contains("mona medlem"));
    }

    @Test
    public void erasingTheApproverTakesTheirKeyOutOfTheSnapshotAndTheMinutesSaySo() {
        approve();
        Minutes approved = read();
        int secretary = ao.find(MemberEntity.class, Query.select().where("USER_KEY = ?", SECRETARY))[0].getID();

        erase(secretary);

        MinutesSnapshotEntity snapshot = snapshots()[0];
        assertNull(FrozenMinutes.parse(snapshot.getContent()).approvedBy());
        assertFalse(snapshot.getContent().contains(SECRETARY));
        assertEquals(NOW, snapshot.getErasedAt().toInstant());
        bed.actAs(EDITOR);
        assertEquals("nobody else's name changes", approved.agenda(), agenda.list(meeting.id()));
    }

    @Test
    public void thePersonalDataExportListsTheApprovedMinutesThatNameThePerson() {
        approve();
        int snapshot = snapshots()[0].getID();
        bed.confluence.grant(EDITOR, Permission.ADMINISTER, "UDS");
        bed.actAs(EDITOR);

        PersonalDataExport.Export export = plugin.get(PersonalDataExport.class).export(mona);

        List<PersonalDataExport.References> inMinutes = export.references().stream()
                .filter(r -> r.table().equals("MinutesPerson")).toList();
        assertEquals("by user key and by member id", 2, inMinutes.size());
        assertFalse("never the content, which names others too", inMinutes.toString().contains("Karin Holm"));
        for (PersonalDataExport.References references : inMinutes) {
            assertEquals(snapshot, references.rows().get(0).get("snapshotId"));
        }
    }

    @Test
    public void theMinutesMacroSaysWhenANameWasRemovedFromApprovedMinutes() throws Exception {
        approve();
        assertFalse(renderAgenda().contains("samraad-agenda-erased"));

        erase(mona);

        String html = renderAgenda();
        assertTrue(html, html.contains("<p class=\"samraad-agenda-erased\">A name was erased from these approved "
                + "minutes on 22 November 2026, at the person&#39;s request"));
    }

    @Test
    public void reopeningReturnsToLiveDataAndApprovingAgainTakesASecondSnapshot() {
        approve();
        rows.action(uds, "Handling oprettet i dag", MEMBER_USER, null, null, TODAY, "OPEN", null, null, NOW);
        OrganisationEntity organisation = ao.get(OrganisationEntity.class, redCross);
        organisation.setName("Dansk Røde Kors");
        organisation.save();
        assertEquals(2, read().actions().size());

        meeting = meetings.transition(meeting.id(), new MeetingTransitionInput("HELD", meeting.version(), true,
                "Rettelse"));
        Minutes live = read();
        assertEquals(3, live.actions().size());
        assertEquals("Dansk Røde Kors", live.attendance().byOrganisation().get(0).organisationName());

        approve();
        assertEquals(live, read());
        MinutesSnapshotEntity[] taken = snapshots();
        assertEquals(2, taken.length);
        assertEquals(List.of(1, 2), List.of(taken[0].getSequence(), taken[1].getSequence()));
        assertNotEquals("the first stays as it was", taken[0].getContent(), taken[1].getContent());
        assertEquals(SECRETARY, FrozenMinutes.parse(taken[1].getContent()).approvedBy());
        assertEquals(NOW, taken[1].getApprovedAt().toInstant());
    }

    @Test
    public void publishingKeepsTheApprovedSnapshot() {
        approve();
        Minutes approved = read();
        rows.action(uds, "Handling oprettet i dag", MEMBER_USER, null, null, TODAY, "OPEN", null, null, NOW);

        meeting = meetings.transition(meeting.id(), new MeetingTransitionInput("PUBLISHED", meeting.version(), true));

        assertEquals(approved, read());
        assertEquals(1, snapshots().length);
    }

    @Test
    public void anApprovedMeetingsMinutesRenderInTwoStatementsTheSnapshotOneRead() throws Exception {
        approve();
        AgendaMacro agendaMacro = plugin.get(AgendaMacro.class);
        AttendanceMacro attendanceMacro = plugin.get(AttendanceMacro.class);
        for (String reader : new String[] {SECRETARY, READER, EDITOR}) {
            bed.actAs(reader);
            assertEquals(reader, 2, sql.statementsDuring(() -> agendaMacro.execute(new HashMap<>(), null,
                    new HostConversionContext("UDS", 4711L, "display"))).size());
            assertEquals(reader, 2, sql.statementsDuring(() -> attendanceMacro.execute(new HashMap<>(), null,
                    new HostConversionContext("UDS", 4711L, "display"))).size());
        }
    }

    @Test
    public void aSpaceRemovalTakesTheSnapshotsWithIt() {
        approve();
        assertEquals(1, snapshots().length);

        plugin.get(org.samraad.council.SpaceDataRemover.class).removeSpace("UDS");

        assertEquals(0, ao.count(MinutesSnapshotEntity.class));
        assertEquals(0, ao.count(MinutesPersonEntity.class));
    }

    // --- helpers

    /** What the meeting's reads give the secretary. */
    private record Minutes(List<AgendaItem> agenda, List<ActionSummary> actions, Attendance attendance) {}

    private Minutes read() {
        bed.actAs(SECRETARY);
        return new Minutes(agenda.list(meeting.id()), agenda.actions(access.view(meeting.id())),
                attendance.get(meeting.id()));
    }

    private void approve() {
        bed.actAs(SECRETARY);
        if (meeting.status() != MeetingStatus.HELD) {
            meeting = meetings.transition(meeting.id(), new MeetingTransitionInput("HELD", meeting.version(), true));
        }
        meeting = meetings.transition(meeting.id(),
                new MeetingTransitionInput("MINUTES_APPROVED", meeting.version(), true));
    }

    private void erase(int memberId) {
        PersonalDataEraser eraser = plugin.get(PersonalDataEraser.class);
        plugin.get(Transactions.class).inTransaction(() ->
                eraser.erasePerson(ao.get(MemberEntity.class, memberId), Date.from(NOW)));
    }

    private String renderAgenda() throws Exception {
        bed.actAs(READER);
        return plugin.get(AgendaMacro.class).execute(new HashMap<>(Map.of()), null,
                new HostConversionContext("UDS", 4711L, "display"));
    }

    private MinutesSnapshotEntity[] snapshots() {
        return ao.find(MinutesSnapshotEntity.class, Query.select().where("MEETING_ID = ?", meeting.id())
                .order("SEQUENCE"));
    }

    private static AgendaItem item(List<AgendaItem> items, String title) {
        return items.stream().filter(i -> title.equals(i.title())).findFirst().orElseThrow();
    }

    private static AttendanceLine line(Attendance attendance, int memberId) {
        return attendance.members().stream().filter(l -> Integer.valueOf(memberId).equals(l.memberId())).findFirst()
                .orElseThrow();
    }

    private static List<String> titles(List<ActionSummary> actions) {
        return actions.stream().map(ActionSummary::title).toList();
    }
}
