package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.samraad.testing.Refusals.expect;

import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.council.MemberEntity;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.ValidationException;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.Rows;
import org.samraad.testing.TestPlugin;

/**
 * A joint meeting shaped like seed 002: the municipal board meets the dialogue forum; ten attend from the board and
 * eight from the forum, listed under two headings, and one politician who sits in both is listed once, under the
 * board, with the forum noted. Each council has a space of its own (KB the board, DF the forum); the secretary
 * administers both, the editor only edits the board's.
 */
public class JointMeetingTest extends AoTestSupport {
    private static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");
    private static final String SECRETARY = "key-secretary";
    private static final String EDITOR = "key-editor";
    private static final Map<String, String> USERS = Map.of(SECRETARY, "Sara Sekretær", EDITOR, "Edvin Editor");

    private TestPlugin plugin;
    private FakeConfluence confluence;
    private Rows rows;
    private MeetingService meetings;
    private AttendanceService attendance;
    private int board;
    private int forum;
    private int other;
    private int hidden;
    private int karoline;
    private final List<Integer> boardMembers = new ArrayList<>();
    private final List<Integer> forumMembers = new ArrayList<>();

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("KB").space("DF").space("OTH").space("HID")
                .grant(SECRETARY, Permission.ADMINISTER, "KB").grant(SECRETARY, Permission.EDIT, "KB")
                .grant(SECRETARY, Permission.ADMINISTER, "DF").grant(SECRETARY, Permission.EDIT, "DF")
                .grant(SECRETARY, Permission.VIEW, "OTH")
                .grant(EDITOR, Permission.EDIT, "KB").grant(EDITOR, Permission.VIEW, "DF")
                .grant(null, Permission.VIEW, "KB")
                .actAs(SECRETARY);
        plugin = plugin().users(USERS).clock(() -> NOW).confluence(confluence).start();
        rows = new Rows(ao);
        meetings = plugin.get(MeetingService.class);
        attendance = plugin.get(AttendanceService.class);
        board = rows.council("KB", "Kommunalbestyrelsen", "da");
        forum = rows.council("DF", "Dialogforum for integration", "da");
        other = rows.council("OTH", "Andet råd", "da");
        hidden = rows.council("HID", "Skjult råd", "da");
        karoline = member(board, "Karoline Bech");
        boardMembers.add(karoline);
        for (int i = 1; i < 10; i++) {
            boardMembers.add(member(board, "Politiker " + i));
        }
        for (int i = 1; i <= 8; i++) {
            forumMembers.add(member(forum, "Forumsmedlem " + i));
        }
        // Karoline sits in the forum too: one person, two memberships
        MemberEntity inForum = ao.get(MemberEntity.class, member(forum, "Karoline Bech"));
        inForum.setPersonId(karoline);
        inForum.save();
    }

    private int member(int council, String name) {
        return rows.member(council, "MEMBER").name(name).consent(true)
                .term(NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate().minusYears(1), null).id();
    }

    private MeetingInput input(List<Integer> joint, Integer version) {
        return new MeetingInput("DIALOGUE", "2026-11-20", "17:00", "19:00", "Rådhuset", true,
                "Kommunalbestyrelsen afholder møde med dialogforum", null, version, null, joint);
    }

    private Meeting jointMeeting() {
        Meeting meeting = meetings.create(board, input(List.of(forum), null));
        MeetingEntity row = ao.get(MeetingEntity.class, meeting.id());
        row.setPageId(5000L + meeting.id());
        row.save();
        confluence.page(5000L + meeting.id(), "KB");
        List<AttendanceLineInput> lines = new ArrayList<>();
        for (int id : boardMembers) {
            lines.add(new AttendanceLineInput(id, "PRESENT", null, null, null, null));
        }
        for (int id : forumMembers) {
            lines.add(new AttendanceLineInput(id, "PRESENT", null, null, null, null));
        }
        attendance.record(meeting.id(), new AttendanceInput(lines, 0));
        return meetings.get(meeting.id());
    }

    private static Set<String> fields(ValidationException e) {
        return e.errors().stream().map(x -> x.field() + "|" + x.messageKey()).collect(Collectors.toSet());
    }

    @Test
    public void seed002TenFromTheBoardAndEightFromTheForumUnderTwoHeadingsThePoliticianInBothOnce() throws Exception {
        Meeting meeting = jointMeeting();
        assertEquals(List.of(forum), meeting.jointCouncilIds());

        Attendance seen = attendance.get(meeting.id());

        assertEquals(List.of(new AttendanceBody(board, "Kommunalbestyrelsen", true),
                new AttendanceBody(forum, "Dialogforum for integration", false)), seen.bodies());
        assertEquals(10, seen.members().stream().filter(l -> l.councilId() == board).count());
        assertEquals(8, seen.members().stream().filter(l -> l.councilId() == forum).count());
        AttendanceLine both = seen.members().stream().filter(l -> l.displayName().equals("Karoline Bech"))
                .collect(Collectors.toList()).get(0);
        assertEquals(1, seen.members().stream().filter(l -> l.displayName().equals("Karoline Bech")).count());
        assertEquals(Integer.valueOf(board), both.councilId());
        assertEquals(List.of("Dialogforum for integration"), both.alsoIn());
        // the quorum is the board's: the forum attends, it does not decide for the board
        assertEquals(10, seen.quorum().members());
        assertEquals(10, seen.quorum().present());

        AttendanceMacro macro = plugin.get(AttendanceMacro.class);
        String[] html = new String[1];
        for (String outputType : List.of("display", "pdf")) {
            sql.assertAtMost(3, () -> html[0] = macro.execute(new HashMap<>(Map.of("meeting",
                    String.valueOf(meeting.id()))), null, new HostConversionContext("KB", 5000L + meeting.id(),
                    outputType)));
        }
        assertTrue(html[0], html[0].contains(">Members of Kommunalbestyrelsen</h3>"));
        assertTrue(html[0].contains(">Members of Dialogforum for integration</h3>"));
        // the lists under the headings (the "Present:" summary above them names everyone once)
        int board = html[0].indexOf("Members of Kommunalbestyrelsen");
        int politician = html[0].indexOf("Politiker 9", board);
        int forum = html[0].indexOf("Members of Dialogforum for integration");
        assertTrue(html[0], board < politician && politician < forum
                && forum < html[0].indexOf("Forumsmedlem 1", forum));
        assertTrue(html[0].contains("Karoline Bech <span class=\"samraad-attendance-also\">(Also a member of Dialogforum for integration)</span>"));
        assertEquals(1, html[0].substring(board).split("Karoline Bech", -1).length - 1);
    }

    @Test
    public void approvedJointMinutesFreezeBothBodiesAndThePageSaysWhoCameFromEach() {
        Meeting meeting = jointMeeting();
        meeting = meetings.transition(meeting.id(), new MeetingTransitionInput("HELD", meeting.version(), true));
        meeting = meetings.transition(meeting.id(),
                new MeetingTransitionInput("MINUTES_APPROVED", meeting.version(), true));
        CouncilEntity renamed = ao.get(CouncilEntity.class, forum);
        renamed.setName("Integrationsrådet");
        renamed.save();
        ao.get(MemberEntity.class, forumMembers.get(0)).setName("Omdøbt");

        Attendance approved = attendance.get(meeting.id());
        assertEquals("Dialogforum for integration", approved.bodies().get(1).name());
        assertEquals(8, approved.members().stream().filter(l -> l.councilId() == forum).count());
        assertEquals(List.of("Dialogforum for integration"), approved.members().get(0).alsoIn());

        List<FakeConfluence.PageVersion> versions = confluence.pageVersions(5000L + meeting.id());
        String page = versions.get(versions.size() - 1).body();
        assertTrue(page, page.contains("<h4>Fra Kommunalbestyrelsen deltog:</h4>"));
        assertTrue(page.contains("<h4>Fra Dialogforum for integration deltog:</h4>"));
        assertTrue(page.contains("<li>Karoline Bech (Også medlem af Dialogforum for integration)</li>"));
        assertTrue(page.indexOf("Fra Dialogforum") < page.indexOf("Forumsmedlem 8"));

        // the councils the minutes state they were held with are part of the record: 409 until reopened
        Meeting held = meeting;
        expect(MeetingLockedException.class, () -> meetings.update(held.id(), input(List.of(), held.version())));
    }

    @Test
    public void aJointMeetingKeepsItsNoteTakerAndInvitedGuestsBesideTheBodiesInTheAttendanceTheSnapshotAndThePage()
            throws Exception {
        Meeting created = jointMeeting();
        Meeting meeting = meetings.update(created.id(), new MeetingInput("DIALOGUE", "2026-11-20", "17:00", "19:00",
                "Rådhuset", true, created.title(), created.pageId(), created.version(), boardMembers.get(1),
                created.jointCouncilIds()));
        assertEquals(Integer.valueOf(boardMembers.get(1)), meeting.noteTaker());
        assertEquals(List.of(forum), meeting.jointCouncilIds());
        plugin.get(GuestService.class).add(meeting.id(),
                new GuestInput("Per Politiker", "Byrådet", "per@nordby.dk", true));

        Attendance live = attendance.get(meeting.id());
        assertEquals(2, live.bodies().size());
        assertEquals(List.of("Per Politiker (Byrådet)"), live.invitedGuests().stream().map(Guest::displayName)
                .toList());

        meeting = meetings.transition(meeting.id(), new MeetingTransitionInput("HELD", meeting.version(), true));
        meeting = meetings.transition(meeting.id(),
                new MeetingTransitionInput("MINUTES_APPROVED", meeting.version(), true));

        MinutesSnapshotEntity[] snapshots = ao.find(MinutesSnapshotEntity.class, "MEETING_ID = ?", meeting.id());
        assertEquals(1, snapshots.length);
        FrozenMinutes frozen = FrozenMinutes.parse(snapshots[0].getContent());
        assertEquals("Politiker 1", frozen.noteTaker().name());
        assertEquals(List.of(board, forum), frozen.bodies().stream().map(AttendanceBody::councilId).toList());
        assertEquals(List.of("Per Politiker"), frozen.guests().stream().map(AttendanceQuery.Invited::name).toList());

        Attendance approved = attendance.get(meeting.id());
        assertEquals(2, approved.bodies().size());
        assertEquals(1, approved.invitedGuests().size());
        AttendanceMacro macro = plugin.get(AttendanceMacro.class);
        String[] html = new String[1];
        int id = meeting.id();
        sql.assertAtMost(3, () -> html[0] = macro.execute(new HashMap<>(Map.of("meeting", String.valueOf(id))), null,
                new HostConversionContext("KB", 5000L + id, "display")));
        assertTrue(html[0], html[0].contains(">Members of Dialogforum for integration</h3>"));
        assertTrue(html[0], html[0].contains("Per Politiker (Byrådet)"));

        List<FakeConfluence.PageVersion> versions = confluence.pageVersions(5000L + meeting.id());
        String page = versions.get(versions.size() - 1).body();
        assertTrue(page, page.contains("<tr><th>Referent</th><td>Politiker 1</td></tr>"));
        assertTrue(page, page.contains("<h4>Fra Dialogforum for integration deltog:</h4>"));
        assertTrue(page, page.contains("<h4>Inviterede gæster</h4><ul><li>Per Politiker (Byrådet)</li></ul>"));
        assertFalse(page, page.contains("per@nordby.dk"));
    }

    @Test
    public void anEditorWhoSendsTheJointCouncilsBackAsReadKeepsThem() {
        Meeting meeting = meetings.create(board, input(List.of(forum), null));

        confluence.actAs(EDITOR);
        Meeting edited = meetings.update(meeting.id(), new MeetingInput("DIALOGUE", "2026-11-20", "17:30", "19:00",
                "Rådhuset", true, null, null, meeting.version(), null, meeting.jointCouncilIds()));

        assertEquals(List.of(forum), edited.jointCouncilIds());
    }

    @Test
    public void everyJointCouncilIdIsCheckedWithAFieldErrorOfItsOwn() {
        assertEquals(Set.of("jointCouncilIds[0]|samraad.meeting.error.joint-self",
                        "jointCouncilIds[1]|samraad.meeting.error.joint-unknown",
                        "jointCouncilIds[2]|samraad.meeting.error.joint-unknown",
                        "jointCouncilIds[4]|samraad.meeting.error.joint-twice"),
                fields(expect(ValidationException.class, () -> meetings.create(board,
                        input(java.util.Arrays.asList(board, hidden, 987_654, forum, forum), null)))));
        assertEquals(Set.of("jointCouncilIds|samraad.meeting.error.joint-too-many"),
                fields(expect(ValidationException.class, () -> meetings.create(board,
                        input(List.of(forum, other, hidden, 1001, 1002, 1003), null)))));
        assertEquals(0, ao.count(MeetingEntity.class));
    }

    @Test
    public void aJointCouncilNeedsTheSecretaryToAdministerBothAndAnEditorKeepsItBySendingNone() {
        // the other council's space is one the secretary only views
        expect(ForbiddenException.class, () -> meetings.create(board, input(List.of(other), null)));
        Meeting meeting = meetings.create(board, input(List.of(forum), null));

        confluence.actAs(EDITOR);
        expect(ForbiddenException.class, () -> meetings.update(meeting.id(), input(List.of(), meeting.version())));
        expect(ForbiddenException.class, () -> meetings.create(board, input(List.of(forum), null)));
        Meeting edited = meetings.update(meeting.id(), new MeetingInput("DIALOGUE", "2026-11-20", "17:30", "19:00",
                "Rådhuset", true, null, null, meeting.version()));
        assertEquals(List.of(forum), edited.jointCouncilIds());
        assertEquals(List.of(forum), meetings.get(meeting.id()).jointCouncilIds());

        confluence.actAs(SECRETARY);
        Meeting alone = meetings.update(meeting.id(), input(List.of(), edited.version()));
        assertEquals(List.of(), alone.jointCouncilIds());
        assertFalse(ao.get(MeetingEntity.class, meeting.id()).getJointCouncilIds() != null);
    }
}
