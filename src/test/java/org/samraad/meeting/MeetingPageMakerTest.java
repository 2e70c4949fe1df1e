package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.samraad.testing.Refusals.expect;
import static org.samraad.testing.Refusals.expectValidation;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.ValidationException;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.FakeConfluence;
import org.samraad.testing.Race;
import org.samraad.testing.TestPlugin;

/**
 * A planned meeting gets its page with one request, and never two pages or two meetings: "Make the meeting page"
 * ({@link MeetingPageMaker}) and the meeting wizard ({@link MeetingService#recordForPage}) bind the planned meeting
 * under the council's lock, also when requests come at the same moment (each contender in its own transaction).
 */
public class MeetingPageMakerTest extends AoTestSupport {
    private static final String EDITOR = "key-editor";
    private static final String READER = "key-reader";
    private static final int ROUNDS = 10;
    private static final int CONTENDERS = 3;

    private FakeConfluence confluence;
    private MeetingService meetings;
    private MeetingPageMaker maker;
    private int council;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS")
                .grant(READER, Permission.VIEW, "UDS")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .actAs(EDITOR);
        TestPlugin plugin = plugin().confluence(confluence).users(confluence)
                .clock(() -> Instant.parse("2026-11-22T10:15:00Z")).start();
        meetings = plugin.get(MeetingService.class);
        maker = plugin.get(MeetingPageMaker.class);
        council = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", "UDS"), new DBParam("NAME", "Udsatterådet"),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("LOCALE", "da"), new DBParam("VERSION", 0)).getID();
    }

    private Meeting planned(String date) {
        return meetings.create(council, new MeetingInput("ORDINARY", date, "17:00", "19:00", "Rådhuset", false, null,
                null, null));
    }

    @Test
    public void aPlannedMeetingGetsTheBlueprintsPageTitledByTheCouncilsPatternAndBoundToIt() {
        Meeting meeting = planned("2027-03-09");

        Meeting made = maker.make(meeting.id());

        assertNotNull(made.pageId());
        assertEquals(meeting.version() + 1, made.version());
        Page page = (Page) confluence.getAbstractPage(made.pageId());
        assertEquals("Udsatterådet – møde 9. marts 2027", page.getTitle());
        assertEquals("the meeting blueprint's own content", MeetingPageMaker.template(), page.getBodyAsString());
        assertTrue(page.getBodyAsString().contains("samraad-meeting"));
        assertEquals("Mødesiden er oprettet fra planen", confluence.pageVersions(made.pageId()).get(0).comment());
        assertEquals(made.pageId(), meetings.get(meeting.id()).pageId());
    }

    @Test
    public void aSecondRequestReturnsTheMeetingWithItsPageAndMakesNoOtherPage() {
        Meeting meeting = planned("2027-03-09");
        Meeting first = maker.make(meeting.id());

        Meeting again = maker.make(meeting.id());

        assertEquals(first.pageId(), again.pageId());
        assertEquals("nothing changed, so the version stays", first.version(), again.version());
        assertNull("no second page of that title", confluence.getPage("UDS", "Udsatterådet – møde 9. marts 2027 (2)"));
    }

    @Test
    public void aTakenTitleGetsANumberAndTheNewPageGoesWhereTheCouncilsOtherMeetingPagesAre() {
        confluence.page(4100, "UDS").page(4101, "UDS");
        Page parent = (Page) confluence.getAbstractPage(4100);
        parent.addChild((Page) confluence.getAbstractPage(4101));
        meetings.create(council, new MeetingInput("ORDINARY", "2027-01-12", "17:00", null, null, false, null, 4101L,
                null));
        confluence.titledPage("UDS", "Udsatterådet – møde 9. marts 2027");
        Meeting meeting = planned("2027-03-09");

        Meeting made = maker.make(meeting.id());

        Page page = (Page) confluence.getAbstractPage(made.pageId());
        assertEquals("Udsatterådet – møde 9. marts 2027 (2)", page.getTitle());
        assertEquals(List.of(made.pageId()), confluence.childPages(4100));
    }

    @Test
    public void aReaderMayNotMakeAMeetingPage() {
        Meeting meeting = planned("2027-03-09");
        confluence.actAs(READER);

        expect(ForbiddenException.class, () -> maker.make(meeting.id()));

        confluence.actAs(EDITOR);
        assertNull(meetings.get(meeting.id()).pageId());
    }

    @Test
    @NonTransactional
    public void clicksAtTheSameMomentMakeOnePageForOneMeeting() {
        int doubled = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Meeting meeting = planned(String.format("2027-%02d-%02d", 1 + round % 12, 10 + round));
            List<Object> outcomes = Race.run(CONTENDERS, i -> maker.make(meeting.id()));
            Set<Long> pages = outcomes.stream().map(o -> {
                assertTrue(String.valueOf(o), o instanceof Meeting);
                return ((Meeting) o).pageId();
            }).collect(Collectors.toSet());
            String title = meetings.get(meeting.id()).title();
            if (pages.size() != 1 || confluence.getPage("UDS", title + " (2)") != null) {
                doubled++;
            }
            assertEquals("no second meeting", round + 1, ao.count(MeetingEntity.class, "COUNCIL_ID = ?", council));
        }
        assertEquals("rounds with a second page or a page per click", 0, doubled);
    }

    @Test
    public void theWizardBindsThePickedPlannedMeetingInsteadOfPlanningAnother() {
        Meeting meeting = planned("2027-03-09");
        confluence.page(5000, "UDS");

        Meeting bound = meetings.recordForPage(council, new MeetingInput("EXTRAORDINARY", "2027-03-10", "18:00", null,
                null, false, "Typed", 5000L, null), meeting.id());

        assertEquals(meeting.id(), bound.id());
        assertEquals(Long.valueOf(5000), bound.pageId());
        assertEquals("the planned facts stay", MeetingKind.ORDINARY, bound.kind());
        assertEquals(1, ao.count(MeetingEntity.class, "COUNCIL_ID = ?", council));
    }

    @Test
    public void aNewMeetingOnAPlannedMeetingsDayIsThatMeetingNotASecondOne() {
        Meeting meeting = planned("2027-03-09");
        confluence.page(5000, "UDS");

        Meeting bound = meetings.recordForPage(council, new MeetingInput("ORDINARY", "2027-03-09", "17:00", null, null,
                false, "Udsatterådet – møde 9. marts 2027", 5000L, null), null);

        assertEquals(meeting.id(), bound.id());
        assertEquals(Long.valueOf(5000), bound.pageId());
        assertEquals(1, ao.count(MeetingEntity.class, "COUNCIL_ID = ?", council));
    }

    @Test
    public void aNewMeetingOnAnotherDayIsCreatedAndAPlannedMeetingWithAPageCannotBePickedAgain() {
        Meeting meeting = planned("2027-03-09");
        confluence.page(5000, "UDS").page(5001, "UDS").page(5002, "UDS");
        meetings.recordForPage(council, new MeetingInput("ORDINARY", "2027-03-09", "17:00", null, null, false, null,
                5000L, null), meeting.id());

        Meeting other = meetings.recordForPage(council, new MeetingInput("ORDINARY", "2027-04-13", "17:00", null, null,
                false, null, 5001L, null), null);
        ValidationException picked = expectValidation(() -> meetings.recordForPage(council, new MeetingInput(
                "ORDINARY", "2027-03-09", "17:00", null, null, false, null, 5002L, null), meeting.id()));

        assertTrue(other.id() != meeting.id());
        assertEquals("plannedMeeting", picked.errors().get(0).field());
        assertEquals(2, ao.count(MeetingEntity.class, "COUNCIL_ID = ?", council));
    }

    @Test
    @NonTransactional
    public void twoWizardPagesForOnePlannedMeetingAtOnceBindItOnce() {
        int doubled = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Meeting meeting = planned(String.format("2028-%02d-%02d", 1 + round % 12, 10 + round));
            long first = 8000 + 10L * round;
            for (int i = 0; i < CONTENDERS; i++) {
                confluence.page(first + i, "UDS");
            }
            List<Object> outcomes = Race.run(CONTENDERS, i -> meetings.recordForPage(council, new MeetingInput(
                    "ORDINARY", meeting.startsAt().toLocalDate().toString(), "17:00", null, null, false, null,
                    first + i, null), meeting.id()));
            long bound = outcomes.stream().filter(Meeting.class::isInstance).count();
            outcomes.stream().filter(o -> !(o instanceof Meeting))
                    .forEach(o -> assertTrue(String.valueOf(o), o instanceof ValidationException));
            if (bound != 1) {
                doubled++;
            }
        }
        assertEquals("rounds in which the planned meeting was bound other than once", 0, doubled);
        assertEquals(ROUNDS, ao.count(MeetingEntity.class, "COUNCIL_ID = ?", council));
    }
}
