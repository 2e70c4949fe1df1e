package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.samraad.meeting.AttendanceData.EDITOR;
import static org.samraad.meeting.AttendanceData.MEMBER_USER;
import static org.samraad.meeting.AttendanceData.NOW;
import static org.samraad.meeting.AttendanceData.READER;
import static org.samraad.meeting.AttendanceData.SECRETARY;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.MemberEntity;
import org.samraad.council.PersonalDataEraser;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.platform.Transactions;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.TestPlugin;

/**
 * Invited guests in the minutes (issue 18.5), shaped like seeds 000 and 002: a politician of the municipal board who
 * consented to publication is named in the public minutes, a member of the other forum who did not is there as "a
 * representative of" the forum, and nobody but those who prepare the meeting ever reads an address: in REST, the
 * attendance, the page the approval writes, and after an erasure of the named guest. Services and macros word a
 * guest in the reader's language (English here); the page in the council's (Danish).
 */
public class InvitedGuestsInMinutesTest extends AoTestSupport {
    private static final long PAGE = 9200L;
    private static final String BOARD = "Kommunalbestyrelsen";
    private static final String FORUM = "Dialogforum for socialt udsatte";

    private AttendanceData bed;
    private TestPlugin plugin;
    private FakeConfluence confluence;
    private MeetingService meetings;
    private AttendanceService attendance;
    private GuestService guests;
    private int uds;
    private Meeting meeting;

    @Before
    public void setUp() {
        bed = new AttendanceData(plugin(), ao);
        plugin = bed.plugin();
        confluence = plugin.confluence().page(PAGE, "UDS").pageBody(PAGE, MinutesPageBody.LIVE + "\n");
        meetings = plugin.get(MeetingService.class);
        attendance = plugin.get(AttendanceService.class);
        guests = plugin.get(GuestService.class);
        uds = bed.council("UDS", "Dialogforum for socialt udsatte", "da");
        int member = bed.member(uds, "MEMBER").user(MEMBER_USER).id();
        bed.member(uds, "SECRETARY").user(SECRETARY).id();
        bed.actAs(EDITOR);
        meeting = meetings.create(uds, new MeetingInput("ORDINARY", "2026-11-20", "17:00", "19:00", "Rådhuset", false,
                null, PAGE, null));
        bed.actAs(SECRETARY);
        guests.add(meeting.id(), new GuestInput("Per Politiker", BOARD, "per@nordby.dk", true));
        guests.add(meeting.id(), new GuestInput("Lis Lauridsen", FORUM, "lis@forum.dk", false));
        guests.add(meeting.id(), new GuestInput("Ole Uden", null, null, false));
        attendance.record(meeting.id(), new AttendanceInput(List.of(
                new AttendanceLineInput(member, "PRESENT", null, null, null, null)), 0));
        meeting = meetings.transition(meeting.id(), new MeetingTransitionInput("HELD", meeting.version(), true));
    }

    @Test
    public void thoseWhoPrepareTheMeetingReadEveryGuestByNameWithTheAddressOnTheMeeting() {
        bed.actAs(EDITOR);

        List<Guest> shown = meetings.get(meeting.id()).guests();

        assertEquals(List.of("Per Politiker", "Lis Lauridsen", "Ole Uden"), shown.stream().map(Guest::name).toList());
        assertEquals("lis@forum.dk", shown.get(1).email());
        assertEquals("Lis Lauridsen (" + FORUM + ")", shown.get(1).displayName());
    }

    @Test
    public void aReaderReadsTheConsentingPoliticianByNameAndTheOthersByOrganisationNeverAnAddress() {
        publish();
        for (String reader : new String[] {READER, null}) {
            bed.actAs(reader);

            List<Guest> shown = meetings.get(meeting.id()).guests();

            assertEquals("Per Politiker", shown.get(0).name());
            assertEquals("Per Politiker (" + BOARD + ")", shown.get(0).displayName());
            assertNull(shown.get(1).name());
            assertEquals("a representative of " + FORUM, shown.get(1).displayName());
            assertEquals(FORUM, shown.get(1).organisation());
            assertEquals("an invited guest", shown.get(2).displayName());
            assertTrue(shown.stream().allMatch(g -> g.email() == null));
            assertEquals("the guests' own list follows the same rule", shown, guests.list(meeting.id()));
            assertEquals(shown.stream().map(Guest::displayName).toList(), attendance.get(meeting.id())
                    .invitedGuests().stream().map(Guest::displayName).toList());
        }
    }

    @Test
    public void theAttendanceMacroShowsAnonymousReadersOnlyConsentingNamesAndNoAddressWithinTheBudget()
            throws Exception {
        publish();
        bed.actAs(null);
        String[] html = new String[1];

        sql.assertAtMost(3, () -> html[0] = render());

        assertTrue(html[0], html[0].contains("Invited guests"));
        assertTrue(html[0], html[0].contains("Per Politiker (" + BOARD + ")"));
        assertTrue(html[0], html[0].contains("a representative of " + FORUM));
        assertFalse(html[0], html[0].contains("Lis Lauridsen") || html[0].contains("Ole Uden")
                || html[0].contains("@"));
        bed.actAs(SECRETARY);
        String insider = render();
        assertTrue(insider, insider.contains("Lis Lauridsen (" + FORUM + ")"));
        assertFalse("approved minutes never hold an address; the meeting's guest list does", insider.contains("@"));
        assertEquals("lis@forum.dk", meetings.get(meeting.id()).guests().get(1).email());
    }

    @Test
    public void theApprovedMinutesInThePageNameOnlyTheConsentingGuestAndKeepThemAsApproved() {
        approve();
        GuestEntity per = guestRow("Per Politiker");
        per.setOrganisation("Byrådet");
        per.save();
        guests.add(meeting.id(), new GuestInput("Kaj Senere", BOARD, null, true));

        String body = confluence.pageVersions(PAGE).get(1).body();
        assertTrue(body, body.contains("<h4>Inviterede gæster</h4><ul><li>Per Politiker (" + BOARD + ")</li>"
                + "<li>en repræsentant for " + FORUM + "</li><li>en inviteret gæst</li></ul>"));
        assertFalse(body, body.contains("Lis Lauridsen") || body.contains("@"));
        bed.actAs(null);
        assertEquals("the minutes show the guests as approved, in the reader's language",
                List.of("Per Politiker (" + BOARD + ")", "a representative of " + FORUM, "an invited guest"),
                attendance.get(meeting.id()).invitedGuests().stream().map(Guest::displayName).toList());
    }

    @Test
    public void erasingAGuestTakesTheNameOutOfTheApprovedMinutesAndLeavesTheOrganisation() {
        approve();
        MemberEntity person = ao.create(MemberEntity.class, new DBParam("COUNCIL_ID", uds),
                new DBParam("NAME", "Per Politiker"), new DBParam("ROLE", "MEMBER"), new DBParam("VERSION", 0));

        plugin.get(Transactions.class).inTransaction(() ->
                plugin.get(PersonalDataEraser.class).erasePerson(person, Date.from(NOW)));

        bed.actAs(SECRETARY);
        List<Guest> minutes = attendance.get(meeting.id()).invitedGuests();
        assertNull(minutes.get(0).name());
        assertEquals("a representative of " + BOARD, minutes.get(0).displayName());
        assertEquals("Lis Lauridsen (" + FORUM + ")", minutes.get(1).displayName());
        MinutesSnapshotEntity snapshot = ao.find(MinutesSnapshotEntity.class)[0];
        assertFalse(snapshot.getContent(), snapshot.getContent().contains("Per Politiker"));
        assertTrue("the minutes say a name was erased", snapshot.getErasedAt() != null);
        assertEquals("the other guests' mentions stay", 2, ao.find(MinutesPersonEntity.class,
                net.java.ao.Query.select().where("GUEST_ID IS NOT NULL")).length);
    }

    private void approve() {
        bed.actAs(SECRETARY);
        meeting = meetings.transition(meeting.id(),
                new MeetingTransitionInput("MINUTES_APPROVED", meeting.version(), true));
    }

    private void publish() {
        approve();
        meeting = meetings.transition(meeting.id(), new MeetingTransitionInput("PUBLISHED", meeting.version(), true));
    }

    private GuestEntity guestRow(String name) {
        return ao.find(GuestEntity.class, net.java.ao.Query.select().where("NAME = ?", name))[0];
    }

    private String render() throws Exception {
        return plugin.get(AttendanceMacro.class).execute(new HashMap<>(), null,
                new HostConversionContext("UDS", PAGE, "display"));
    }
}
