package org.samraad.plan;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.samraad.plan.AnnualPlanServiceTest.council;
import static org.samraad.testing.Refusals.expect;

import com.atlassian.confluence.security.Permission;
import java.io.StringReader;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.PersonalDataEraser;
import org.samraad.meeting.Meeting;
import org.samraad.meeting.MeetingInput;
import org.samraad.meeting.MeetingTransitionInput;
import org.samraad.platform.NotFoundException;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.Rows;
import org.samraad.meeting.MeetingService;
import org.samraad.testing.TestPlugin;
import org.samraad.testing.FakeConfluence;

/**
 * The council's calendar feed, parsed back with ical4j as a calendar app would, and the secret feed addresses:
 * hashed storage, revocation, replacement, and the owner's permission checked at every request.
 */
public class CouncilCalendarTest extends AoTestSupport {
    private static final String EDITOR = "key-editor";
    private static final String MEMBER = "key-member";

    private FakeConfluence confluence;
    private MeetingService meetings;
    private CouncilCalendar calendar;
    private CalendarFeedService feeds;
    private PersonalDataEraser eraser;
    private int uds;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS").space("SVE")
                .grant(MEMBER, Permission.VIEW, "UDS")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .grant(EDITOR, Permission.EDIT, "SVE")
                .actAs(EDITOR);
        // Confluence is the directory too: every user it knows exists (with its own made-up names)
        TestPlugin plugin = plugin().confluence(confluence).users(confluence).clock(() -> AnnualPlanServiceTest.NOW)
                .start();
        meetings = plugin.get(MeetingService.class);
        calendar = plugin.get(CouncilCalendar.class);
        feeds = plugin.get(CalendarFeedService.class);
        eraser = plugin.get(PersonalDataEraser.class);
        uds = council(ao, "UDS", "da");
        new Rows(ao).secretary(uds, EDITOR);
    }

    @Test
    public void theFeedHasEveryMeetingWithStableUidsGrowingSequencesAndCancelledStatus() throws Exception {
        Meeting march = meetings.create(uds, new MeetingInput("ORDINARY", "2027-03-09", "16:00", "18:00",
                "Rådhuset, lokale 2", true, null, null, null));
        Meeting june = meetings.create(uds, new MeetingInput("ORDINARY", "2027-06-08", "16:00", null, null, false,
                null, null, null));
        Map<String, VEvent> before = events(calendar.forCouncil(uds));

        meetings.update(march.id(), new MeetingInput("ORDINARY", "2027-03-10", "17:00", null, "Biblioteket", true,
                null, null, march.version()));
        meetings.transition(june.id(), new MeetingTransitionInput("CANCELLED", june.version(), true));
        sql.reset();
        String ics = calendar.forCouncil(uds);
        assertTrue(sql.statements().toString(), sql.total() <= 3);
        Map<String, VEvent> after = events(ics);

        assertEquals("the same UIDs after the edit", before.keySet(), after.keySet());
        String marchUid = "meeting-" + march.id() + "@samraad.UDS";
        VEvent moved = after.get(marchUid);
        assertEquals("1", moved.getProperty(Property.SEQUENCE).getValue());
        assertEquals("Biblioteket", moved.getLocation().getValue());
        assertEquals(Instant.parse("2027-03-10T16:00:00Z"), moved.getStartDate().getDate().toInstant());
        assertEquals("CANCELLED", after.get("meeting-" + june.id() + "@samraad.UDS").getStatus().getValue());
        assertEquals("CONFIRMED", moved.getStatus().getValue());
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        assertEquals("Europe/Copenhagen", ((VTimeZone) parsed.getComponent(Component.VTIMEZONE)).getTimeZoneId()
                .getValue());
    }

    @Test
    public void aMeetingWhosePageIsRestrictedIsLeftOutOfTheFeedForThoseThePageShutsOut() throws Exception {
        confluence.page(601L, "UDS").page(602L, "UDS");
        Meeting open = meetings.create(uds, new MeetingInput("ORDINARY", "2027-03-09", "16:00", null, null, false,
                null, 601L, null));
        Meeting restricted = meetings.create(uds, new MeetingInput("ORDINARY", "2027-06-08", "16:00", null, null,
                false, "Lukket møde", 602L, null));
        confluence.restrictPage(602L, EDITOR);
        String openUid = "meeting-" + open.id() + "@samraad.UDS";
        String restrictedUid = "meeting-" + restricted.id() + "@samraad.UDS";
        assertEquals(Set.of(openUid, restrictedUid), events(calendar.forCouncil(uds)).keySet());
        confluence.actAs(MEMBER);
        CalendarFeedToken token = feeds.issue(uds);
        String ics = calendar.forCouncil(uds);
        assertEquals(Set.of(openUid), events(ics).keySet());
        assertFalse(ics.contains("Lukket møde"));
        confluence.actAs(null);
        assertEquals("the secret address reads as its owner", Set.of(openUid),
                events(feeds.feed(token.token())).keySet());
        confluence.restrictPage(602L, EDITOR, MEMBER);
        assertEquals(Set.of(openUid, restrictedUid), events(feeds.feed(token.token())).keySet());
    }

    @Test
    public void aSwedishCouncilsFeedIsOnStockholmTimeAndOthersCannotReadIt() throws Exception {
        int swedish = council(ao, "SVE", "sv");
        meetings.create(swedish, new MeetingInput("ORDINARY", "2027-03-09", "16:00", null, null, false, null,
                null, null));
        Calendar parsed = new CalendarBuilder().build(new StringReader(calendar.forCouncil(swedish)));
        assertEquals("Europe/Stockholm", ((VTimeZone) parsed.getComponent(Component.VTIMEZONE)).getTimeZoneId()
                .getValue());
        confluence.actAs(MEMBER);
        expect(NotFoundException.class, () -> calendar.forCouncil(swedish));
    }

    @Test
    public void aSecretAddressServesTheFeedWithoutLoginAndOnlyItsHashIsStored() throws Exception {
        meetings.create(uds, new MeetingInput("ORDINARY", "2027-03-09", "16:00", null, null, false, null, null,
                null));
        confluence.actAs(MEMBER);
        CalendarFeedToken token = feeds.issue(uds);
        assertTrue(token.token().matches("[A-Za-z0-9_-]{43}"));
        assertEquals("/rest/samraad/1.0/calendar-feeds/" + token.token() + ".ics", token.path());
        assertEquals("https://wiki.example.org/wiki" + token.path(), token.url());
        CalendarFeedEntity[] rows = ao.find(CalendarFeedEntity.class);
        assertEquals(1, rows.length);
        assertEquals(MEMBER, rows[0].getUserKey());
        assertNotEquals(token.token(), rows[0].getTokenHash());
        assertEquals(CalendarFeedService.hash(token.token()), rows[0].getTokenHash());

        confluence.actAs(null);
        sql.reset();
        Map<String, VEvent> events = events(feeds.feed(token.token()));
        assertTrue(sql.statements().toString(), sql.total() <= 3);
        assertEquals(1, events.size());
    }

    @Test
    public void aRevokedReplacedUnknownOrMalformedTokenIsNotFound() {
        confluence.actAs(MEMBER);
        CalendarFeedToken first = feeds.issue(uds);
        CalendarFeedToken second = feeds.issue(uds);
        confluence.actAs(null);
        expect(NotFoundException.class, () -> feeds.feed(first.token()));
        assertFalse(feeds.feed(second.token()).isEmpty());

        confluence.actAs(MEMBER);
        feeds.revoke(uds);
        confluence.actAs(null);
        expect(NotFoundException.class, () -> feeds.feed(second.token()));
        expect(NotFoundException.class, () -> feeds.feed("A".repeat(43)));
        expect(NotFoundException.class, () -> feeds.feed("../../etc/passwd"));
        expect(NotFoundException.class, () -> feeds.feed(null));
    }

    @Test
    public void anOwnerWhoLostViewOrWasRemovedGetsNotFound() {
        confluence.actAs(MEMBER);
        CalendarFeedToken member = feeds.issue(uds);
        confluence.actAs(EDITOR);
        CalendarFeedToken editor = feeds.issue(uds);
        confluence.actAs(null);

        confluence.revoke(MEMBER, Permission.VIEW, "UDS");
        expect(NotFoundException.class, () -> feeds.feed(member.token()));

        assertFalse(feeds.feed(editor.token()).isEmpty());
        eraser.eraseUserKey(EDITOR, new Date());
        expect(NotFoundException.class, () -> feeds.feed(editor.token()));
    }

    @Test
    public void anonymousCallersCannotMakeAnAddressAndNobodyOutsideTheSpaceCan() {
        confluence.grant(null, Permission.VIEW, "UDS").actAs(null);
        expect(org.samraad.platform.ForbiddenException.class, () -> feeds.issue(uds));
        int other = council(ao, "SVE", "sv");
        confluence.actAs(MEMBER);
        expect(NotFoundException.class, () -> feeds.issue(other));
        assertEquals(0, ao.count(CalendarFeedEntity.class));
    }

    static Map<String, VEvent> events(String ics) throws Exception {
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        Map<String, VEvent> byUid = new TreeMap<>();
        List<VEvent> events = parsed.getComponents(Component.VEVENT);
        for (VEvent event : events) {
            byUid.put(event.getUid().getValue(), event);
        }
        return byUid;
    }
}
