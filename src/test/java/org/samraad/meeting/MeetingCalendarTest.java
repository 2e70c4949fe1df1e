package org.samraad.meeting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.samraad.testing.Refusals.expect;

import com.atlassian.confluence.security.Permission;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;
import org.samraad.council.CouncilEntity;
import org.samraad.platform.ICalendarWriter;
import org.samraad.platform.NotFoundException;
import org.samraad.testing.AoTestSupport;
import org.samraad.testing.Rows;
import org.samraad.testing.TestPlugin;
import org.samraad.testing.FakeConfluence;

/**
 * The iCalendar file of a meeting, parsed back with ical4j as a calendar client would: the event lands at the right
 * instant on both sides of the daylight-saving change, the VTIMEZONE agrees with Java's zone rules for years, text
 * survives escaping, lines are CRLF and at most 75 octets, the UID survives edits and SEQUENCE follows the version.
 */
public class MeetingCalendarTest extends AoTestSupport {
    private static final Instant NOW = Instant.parse("2026-02-10T09:00:00Z");
    private static final String EDITOR = "key-editor";
    private static final String AWKWARD = "Møde, om; bolig\\støtte\nog \"væresteder\" – æøå åäö 🙂 "
            + "with a long tail that makes this summary line much longer than seventy-five octets";

    private FakeConfluence confluence;
    private MeetingService meetings;
    private MeetingCalendar calendar;
    private int uds;
    private int sweden;

    @Before
    public void setUp() {
        confluence = new FakeConfluence().space("UDS").space("GUG").space("INT")
                .grant(null, Permission.VIEW, "UDS")
                .grant(EDITOR, Permission.EDIT, "UDS")
                .grant(EDITOR, Permission.EDIT, "GUG")
                .actAs(EDITOR);
        TestPlugin plugin = plugin().confluence(confluence).clock(() -> NOW).start();
        meetings = plugin.get(MeetingService.class);
        calendar = plugin.get(MeetingCalendar.class);
        uds = council("UDS", "da");
        sweden = council("GUG", "sv");
        new Rows(ao).secretary(uds, EDITOR);
    }

    @Test
    public void theEventLandsAtTheRightInstantOnBothSidesOfTheDaylightSavingChange() throws Exception {
        Meeting winter = meetings.create(uds, MeetingServiceTest.input("ORDINARY", "2026-03-28", "17:00", "19:00"));
        Meeting summer = meetings.create(uds, MeetingServiceTest.input("ORDINARY", "2026-03-29", "17:00", "19:00"));
        Meeting autumn = meetings.create(sweden, MeetingServiceTest.input("DIALOGUE", "2026-10-25", "09:30", null));

        assertEquals(Instant.parse("2026-03-28T16:00:00Z"), start(event(calendar.forMeeting(winter.id()))));
        VEvent summerEvent = event(calendar.forMeeting(summer.id()));
        assertEquals(Instant.parse("2026-03-29T15:00:00Z"), start(summerEvent));
        assertEquals(Instant.parse("2026-03-29T17:00:00Z"), summerEvent.getEndDate().getDate().toInstant());
        String swedish = calendar.forMeeting(autumn.id());
        assertTrue(swedish.contains("DTSTART;TZID=Europe/Stockholm:20261025T093000\r\n"));
        assertEquals(Instant.parse("2026-10-25T08:30:00Z"), start(event(swedish)));
    }

    @Test
    public void theTimeZoneDefinitionAgreesWithJavasRulesForYears() throws Exception {
        for (String zone : List.of("Europe/Copenhagen", "Europe/Stockholm", "America/New_York", "Australia/Sydney",
                "UTC")) {
            String ics = ICalendarWriter.calendar("Test", ZoneId.of(zone), NOW, List.of());
            Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
            VTimeZone definition = (VTimeZone) parsed.getComponent(Component.VTIMEZONE);
            TimeZone timeZone = new TimeZone(definition);
            assertEquals(zone, timeZone.getID());
            for (Instant at = Instant.parse("2026-01-01T00:00:00Z"); at.isBefore(Instant.parse("2031-01-01T00:00:00Z"));
                    at = at.plusSeconds(6 * 3600 + 17)) {
                assertEquals(zone + " at " + at, ZoneId.of(zone).getRules().getOffset(at).getTotalSeconds() * 1000,
                        timeZone.getOffset(at.toEpochMilli()));
            }
        }
    }

    @Test
    public void textIsEscapedAndLinesAreFoldedAtSeventyFiveOctetsWithCrlf() throws Exception {
        Meeting meeting = meetings.create(uds, new MeetingInput("ORDINARY", "2026-03-12", "17:00", null,
                "Rådhuset, lokale 2; indgang C\\D", true, "Rådsmøde", null, null));
        MeetingEntity row = ao.get(MeetingEntity.class, meeting.id());
        row.setTitle(AWKWARD);
        row.save();

        String ics = calendar.forMeeting(meeting.id());

        assertFalse("no bare line feeds", ics.replace("\r\n", "").contains("\n"));
        assertFalse("no bare carriage returns", ics.replace("\r\n", "").contains("\r"));
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        for (String line : ics.split("\r\n")) {
            assertTrue(line, line.getBytes(StandardCharsets.UTF_8).length <= 75);
            new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).codePoints()
                    .forEach(c -> assertFalse("no character split by folding: " + line, c == 0xFFFD));
        }
        assertTrue(ics.contains("LOCATION:Rådhuset\\, lokale 2\\; indgang C\\\\D\r\n"));
        VEvent event = event(ics);
        assertEquals(AWKWARD, event.getSummary().getValue());
        assertEquals("Rådhuset, lokale 2; indgang C\\D", event.getLocation().getValue());
        assertEquals("in the Danish council's language, not the reader's", "Ordinært møde. Åbent for offentligheden",
                event.getDescription().getValue());
    }

    @Test
    public void theSwedishCouncilsCalendarFileIsInSwedishForAnEnglishReader() throws Exception {
        Meeting meeting = meetings.create(sweden, MeetingServiceTest.input("DIALOGUE", "2026-10-25", "09:30", null));

        VEvent event = event(calendar.forMeeting(meeting.id()));

        assertEquals("Dialogmöte. " + (meeting.openToPublic() ? "Öppet för allmänheten" : "Inte öppet för allmänheten"),
                event.getDescription().getValue());
    }

    @Test
    public void theUidSurvivesEditsTheSequenceFollowsTheVersionAndCancelledMeetingsSaySo() throws Exception {
        Meeting meeting = meetings.create(uds, MeetingServiceTest.input("ORDINARY", "2026-03-12", "17:00", null));
        VEvent first = event(calendar.forMeeting(meeting.id()));
        assertEquals("meeting-" + meeting.id() + "@samraad.UDS", first.getUid().getValue());
        assertEquals(0, first.getSequence().getSequenceNo());
        assertEquals("CONFIRMED", first.getStatus().getValue());
        assertEquals("Udsatterådet – møde 12. marts 2026", first.getSummary().getValue());

        Meeting moved = meetings.update(meeting.id(), new MeetingInput("ORDINARY", "2026-03-19", "16:00", null, null,
                false, null, null, 0));
        Meeting cancelled = meetings.transition(meeting.id(), new MeetingTransitionInput("CANCELLED", moved.version(), true));
        VEvent last = event(calendar.forMeeting(meeting.id()));

        assertEquals(first.getUid().getValue(), last.getUid().getValue());
        assertEquals(cancelled.version(), last.getSequence().getSequenceNo());
        assertEquals("CANCELLED", last.getStatus().getValue());
        assertEquals(ZonedDateTime.of(LocalDateTime.of(2026, 3, 19, 16, 0), ZoneId.of("Europe/Copenhagen")).toInstant(),
                start(last));
    }

    @Test
    public void aMeetingTheCallerCannotSeeHasNoCalendarFileAndOneStatementServesIt() {
        int secret = council("INT", "da");
        MeetingEntity hidden = ao.create(MeetingEntity.class, new DBParam("COUNCIL_ID", secret), new DBParam("KIND", "ORDINARY"),
                new DBParam("STATUS", "PLANNED"), new DBParam("STARTS_AT", java.util.Date.from(NOW)), new DBParam("VERSION", 0));
        expect(NotFoundException.class, () -> calendar.forMeeting(hidden.getID()));
        Meeting meeting = meetings.create(uds, MeetingServiceTest.input("ORDINARY", "2026-03-12", "17:00", null));
        confluence.actAs(null);
        sql.assertAtMost(1, () -> calendar.forMeeting(meeting.id()));
    }

    private int council(String spaceKey, String locale) {
        CouncilEntity row = ao.create(CouncilEntity.class, new DBParam("SPACE_KEY", spaceKey),
                new DBParam("NAME", spaceKey.equals("UDS") ? "Udsatterådet" : "Utvecklingsgruppen"),
                new DBParam("KIND", "SOCIAL_COUNCIL"), new DBParam("VERSION", 0));
        row.setLocale(locale);
        row.save();
        return row.getID();
    }

    private static VEvent event(String ics) throws Exception {
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        parsed.validate();
        return (VEvent) parsed.getComponent(Component.VEVENT);
    }

    private static Instant start(VEvent event) {
        return event.getStartDate().getDate().toInstant();
    }
}
