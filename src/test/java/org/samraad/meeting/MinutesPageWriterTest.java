package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.samraad.meeting.AttendanceData.EDITOR;
import static org.samraad.meeting.AttendanceData.MEMBER_USER;
import static org.samraad.meeting.AttendanceData.SECRETARY;

import java.util.List;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.FakeConfluence.PageVersion;
import org.samraad.testing.TestPlugin;

/**
 * The plugin as Confluence assembles it writes approved minutes into the meeting page: a new version by the
 * approver with the council's "minutes approved" comment, holding what the page's readers may see and nothing
 * else; reopening writes the live macros back; a page that cannot be written leaves the minutes unapproved.
 */
public class MinutesPageWriterTest extends AoTestSupport {
    private static final long PAGE = 9100L;
    private static final String BLUEPRINT = """
            <ac:structured-macro ac:name="samraad-meeting" ac:schema-version="1"/>
            """ + MinutesPageBody.LIVE + "\n";

    private AttendanceData bed;
    private FakeConfluence confluence;
    private MeetingService meetings;
    private AgendaService agenda;
    private AttendanceService attendance;
    private int uds;
    private int hidden;
    private int present;

    @Before
    public void setUp() {
        bed = new AttendanceData(plugin(), ao);
        TestPlugin plugin = bed.plugin();
        confluence = plugin.confluence().page(PAGE, "UDS").pageBody(PAGE, BLUEPRINT);
        meetings = plugin.get(MeetingService.class);
        agenda = plugin.get(AgendaService.class);
        attendance = plugin.get(AttendanceService.class);
        uds = bed.council("UDS", "Udsatterådet Nordby", "da");
        present = bed.member(uds, "MEMBER").user(MEMBER_USER).id();
        hidden = bed.member(uds, "MEMBER").name("Hanne Hemmelig").noConsent().id();
        bed.member(uds, "SECRETARY").user(SECRETARY).id();
        bed.actAs(SECRETARY);
    }

    @Test
    public void approvingTheMinutesWritesThemIntoThePageAsANewVersionByTheApproverWithTheCouncilsComment() {
        Meeting meeting = heldWithDecisions();

        meetings.transition(meeting.id(), new MeetingTransitionInput("MINUTES_APPROVED", meeting.version(), true));

        List<PageVersion> versions = confluence.pageVersions(PAGE);
        assertEquals(2, versions.size());
        PageVersion approved = versions.get(1);
        assertEquals(SECRETARY, approved.authorKey());
        assertEquals("Referat godkendt", approved.comment());
        String body = approved.body();
        assertTrue(body, body.startsWith("<ac:structured-macro ac:name=\"samraad-meeting\" ac:schema-version=\"1\"/>\n"
                + MinutesPageBody.START + "<h2>Referat: "));
        assertTrue(body, body.contains("<p><strong>Beslutning:</strong> Vedtaget: 2 mio. kr. til varmestuer</p>"));
        assertTrue(body, body.contains("<li>Mona Medlem</li>"));
        assertTrue(body, body.endsWith(MinutesPageBody.CLOSED_ITEMS + "\n"));
        assertFalse("no live macro shows the minutes a second time: " + body,
                body.contains("samraad-agenda-requests") || body.contains("samraad-attendance")
                        || body.contains(">auto<"));
    }

    @Test
    public void thePageHoldsTheReadersVersionClosedItemsByNumberAndNoUnpublishedName() {
        Meeting meeting = heldWithDecisions();

        meetings.transition(meeting.id(), new MeetingTransitionInput("MINUTES_APPROVED", meeting.version(), true));

        String body = confluence.pageVersions(PAGE).get(1).body();
        assertTrue(body, body.contains(". Lukket punkt</h3>"));
        assertFalse(body, body.contains("Borgersag"));
        assertFalse(body, body.contains("Hemmelig beslutning"));
        assertFalse(body, body.contains("Hanne Hemmelig"));
        assertTrue("the placeholder in the council's language: " + body, body.contains("<li>Medlem (navnet er ikke offentliggjort)</li>"));
    }

    @Test
    public void reopeningWritesTheLiveMacrosBackAndApprovingAgainWritesOneRecord() {
        Meeting meeting = heldWithDecisions();
        meeting = meetings.transition(meeting.id(), new MeetingTransitionInput("MINUTES_APPROVED", meeting.version(), true));

        meeting = meetings.transition(meeting.id(), new MeetingTransitionInput("HELD", meeting.version(), true,
                "Fremmødet var forkert"));

        List<PageVersion> versions = confluence.pageVersions(PAGE);
        assertEquals(3, versions.size());
        assertEquals("the reason in the council's language", "Referat genåbnet: Fremmødet var forkert",
                versions.get(2).comment());
        assertEquals(SECRETARY, versions.get(2).authorKey());
        assertEquals(BLUEPRINT, versions.get(2).body());

        meetings.transition(meeting.id(), new MeetingTransitionInput("MINUTES_APPROVED", meeting.version(), true));
        String body = confluence.pageVersions(PAGE).get(3).body();
        assertEquals(1, body.split("<h2>", -1).length - 1);
        assertEquals(confluence.pageVersions(PAGE).get(1).body(), body);
    }

    @Test
    public void aPageThatCannotBeWrittenLeavesTheMinutesUnapproved() {
        Meeting meeting = heldWithDecisions();
        confluence.failPageSaves();

        int version = meeting.version();
        assertThrows(org.samraad.platform.PageNotWrittenException.class, () -> meetings.transition(meeting.id(),
                new MeetingTransitionInput("MINUTES_APPROVED", version, true)));

        Meeting after = meetings.get(meeting.id());
        assertEquals(MeetingStatus.HELD, after.status());
        assertEquals(null, after.minutesApprovedAt());
        assertEquals(1, confluence.pageVersions(PAGE).size());
    }

    @Test
    public void publishingWritesThePublicMinutesToAPageOfTheirOwnUnderTheCouncilsPublicationPage() {
        long publication = 9200L;
        confluence.page(publication, "UDS");
        CouncilEntity council = ao.get(CouncilEntity.class, uds);
        council.setPublicationPageId(publication);
        council.save();
        Meeting meeting = heldWithDecisions();
        meeting = meetings.transition(meeting.id(), new MeetingTransitionInput("MINUTES_APPROVED", meeting.version(), true));

        meeting = meetings.transition(meeting.id(), new MeetingTransitionInput("PUBLISHED", meeting.version(), true));

        List<Long> children = confluence.childPages(publication);
        assertEquals(1, children.size());
        PageVersion published = confluence.pageVersions(children.get(0)).get(0);
        assertEquals("Referat offentliggjort", published.comment());
        assertEquals(SECRETARY, published.authorKey());
        assertEquals(meeting.title() + " – referat",
                confluence.getAbstractPage(children.get(0)).getTitle());
        assertTrue(published.body(), published.body().contains("<p><strong>Beslutning:</strong> Vedtaget: 2 mio. kr. til varmestuer</p>"));
        assertTrue(published.body(), published.body().contains(". Lukket punkt</h3>"));
        assertFalse(published.body(), published.body().contains("Borgersag") || published.body().contains("Hemmelig")
                || published.body().contains("samraad-agenda"));

        meeting = meetings.transition(meeting.id(), new MeetingTransitionInput("HELD", meeting.version(), true,
                "Rettelse"));
        meeting = meetings.transition(meeting.id(), new MeetingTransitionInput("MINUTES_APPROVED", meeting.version(), true));
        meetings.transition(meeting.id(), new MeetingTransitionInput("PUBLISHED", meeting.version(), true));
        assertEquals("publishing again updates the same page", children, confluence.childPages(publication));
    }

    @Test
    public void aCouncilWithoutAPublicationPagePublishesOnlyOnTheMeetingPage() {
        Meeting meeting = heldWithDecisions();
        meeting = meetings.transition(meeting.id(), new MeetingTransitionInput("MINUTES_APPROVED", meeting.version(), true));

        meetings.transition(meeting.id(), new MeetingTransitionInput("PUBLISHED", meeting.version(), true));

        assertEquals(2, confluence.pageVersions(PAGE).size());
    }

    /** A held meeting on the page with an open decision, a closed item with its decision, and attendance. */
    private Meeting heldWithDecisions() {
        bed.actAs(EDITOR);
        Meeting meeting = meetings.create(uds, new MeetingInput("ORDINARY", "2026-11-20", "17:00", "19:00",
                "Rådhuset", false, null, PAGE, null));
        bed.actAs(SECRETARY);
        agenda.add(meeting.id(), AgendaItemInput.of("Varmestuer").kind("DECISION").durationMinutes(30).closed(false)
                .decision("Vedtaget: 2 mio. kr. til varmestuer").attachments(List.of()).build());
        agenda.add(meeting.id(), AgendaItemInput.of("Borgersag").kind("DECISION").durationMinutes(15).closed(true)
                .decision("Hemmelig beslutning").attachments(List.of()).build());
        attendance.record(meeting.id(), new AttendanceInput(List.of(
                new AttendanceLineInput(present, "PRESENT", null, null, null, null),
                new AttendanceLineInput(hidden, "PRESENT", null, null, null, null)), 0));
        return meetings.transition(meeting.id(), new MeetingTransitionInput("HELD", meetings.get(meeting.id()).version(),
                true));
    }
}
