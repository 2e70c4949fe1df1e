package org.samraad.platform;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.samraad.platform.rest.Iso8601;

/**
 * Writes RFC 5545 calendars: CRLF line ends, content lines folded at 75 octets without splitting a character,
 * TEXT values escaped, local times with a TZID whose VTIMEZONE is derived from Java's zone rules, so a client
 * without the zone in its own database still places the event right across daylight-saving changes. One event per
 * entry; a feed of many meetings (the council calendar) uses the same writer.
 */
public final class ICalendarWriter {
    private static final String CRLF = "\r\n";
    private static final int FOLD_AT = 75;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n]]");
    private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    /**
     * One event. {@code uid} must stay the same through every change of the event (clients match updates by it);
     * {@code sequence} must grow with every change.
     */
    public record Event(
            String uid,
            int sequence,
            @Iso8601 LocalDateTime start,
            @Iso8601 LocalDateTime end,
            String summary,
            String location,
            String description,
            String url,
            boolean cancelled) {}

    private final StringBuilder out = new StringBuilder();

    private ICalendarWriter() {}

    /**
     * An iTIP message (RFC 5546) about one event to one attendee: {@code REQUEST} invites or updates (a higher
     * sequence than the attendee has), {@code CANCEL} takes the event out of the attendee's calendar.
     */
    public record Invitation(String method, String organizerName, String organizerAddress, String attendeeName,
            String attendeeAddress) {}

    /** A whole VCALENDAR with the events, all in one zone. */
    public static String calendar(String calendarName, ZoneId zone, Instant stamp, List<Event> events) {
        return write(calendarName, zone, stamp, events, null);
    }

    /** One event as an iTIP message, e.g. the invitation that goes with a meeting's agenda. */
    public static String invitation(ZoneId zone, Instant stamp, Event event, Invitation invitation) {
        return write(null, zone, stamp, List.of(event), invitation);
    }

    private static String write(String calendarName, ZoneId zone, Instant stamp, List<Event> events,
            Invitation invitation) {
        ICalendarWriter writer = new ICalendarWriter();
        writer.line("BEGIN:VCALENDAR");
        writer.line("VERSION:2.0");
        writer.line("PRODID:-//Samraad//Samraad for Confluence//EN");
        writer.line("CALSCALE:GREGORIAN");
        writer.line("METHOD:" + (invitation == null ? "PUBLISH" : invitation.method()));
        if (calendarName != null) {
            writer.line("X-WR-CALNAME:" + text(calendarName));
        }
        writer.timezone(zone);
        for (Event event : events) {
            writer.event(event, zone, stamp, invitation);
        }
        writer.line("END:VCALENDAR");
        return writer.out.toString();
    }

    private void event(Event event, ZoneId zone, Instant stamp, Invitation invitation) {
        line("BEGIN:VEVENT");
        line("UID:" + text(event.uid()));
        line("DTSTAMP:" + UTC.format(stamp));
        line("SEQUENCE:" + event.sequence());
        if (invitation != null) {
            line("ORGANIZER;CN=" + parameter(invitation.organizerName()) + ":mailto:" + invitation.organizerAddress());
            line("ATTENDEE;CN=" + parameter(invitation.attendeeName())
                    + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:" + invitation.attendeeAddress());
        }
        line("DTSTART;TZID=" + zone.getId() + ":" + LOCAL.format(event.start()));
        if (event.end() != null) {
            line("DTEND;TZID=" + zone.getId() + ":" + LOCAL.format(event.end()));
        }
        line("SUMMARY:" + text(event.summary()));
        if (event.location() != null) {
            line("LOCATION:" + text(event.location()));
        }
        if (event.description() != null) {
            line("DESCRIPTION:" + text(event.description()));
        }
        if (event.url() != null) {
            line("URL:" + event.url());
        }
        line("STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
        line("END:VEVENT");
    }

    /**
     * The zone's current yearly rules as STANDARD and DAYLIGHT observances with RRULEs (a zone without rules, e.g.
     * UTC, gets one fixed STANDARD observance).
     */
    private void timezone(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        line("BEGIN:VTIMEZONE");
        line("TZID:" + zone.getId());
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        if (yearly.isEmpty()) {
            ZoneOffset offset = rules.getOffset(Instant.EPOCH);
            line("BEGIN:STANDARD");
            line("DTSTART:19700101T000000");
            line("TZOFFSETFROM:" + offset(offset));
            line("TZOFFSETTO:" + offset(offset));
            line("END:STANDARD");
        }
        for (ZoneOffsetTransitionRule rule : yearly) {
            String kind = rule.getOffsetAfter().getTotalSeconds() > rule.getStandardOffset().getTotalSeconds()
                    ? "DAYLIGHT" : "STANDARD";
            line("BEGIN:" + kind);
            line("DTSTART:" + LOCAL.format(rule.createTransition(1970).getDateTimeBefore()));
            line("RRULE:FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + ";" + byDay(rule));
            line("TZOFFSETFROM:" + offset(rule.getOffsetBefore()));
            line("TZOFFSETTO:" + offset(rule.getOffsetAfter()));
            line("END:" + kind);
        }
        line("END:VTIMEZONE");
    }

    /** "Sunday on or after the 25th" of a 31-day month is the last Sunday (-1SU); "on or after the 8th" is 2SU. */
    static String byDay(ZoneOffsetTransitionRule rule) {
        int indicator = rule.getDayOfMonthIndicator();
        if (rule.getDayOfWeek() == null) {
            return "BYMONTHDAY=" + indicator;
        }
        String day = DAYS[rule.getDayOfWeek().getValue() - 1];
        Month month = rule.getMonth();
        if (indicator > 0 && (indicator - 1) % 7 == 0) {
            return "BYDAY=" + ((indicator - 1) / 7 + 1) + day;
        }
        if (indicator > 0 && indicator == month.minLength() - 6 && month.minLength() == month.maxLength()) {
            return "BYDAY=-1" + day;
        }
        if (indicator < 0 && (-indicator - 1) % 7 == 0) {
            return "BYDAY=-" + ((-indicator - 1) / 7 + 1) + day;
        }
        int first = indicator > 0 ? indicator : month.minLength() + indicator - 5;
        StringBuilder days = new StringBuilder("BYDAY=" + day + ";BYMONTHDAY=");
        for (int d = first; d < first + 7; d++) {
            days.append(d == first ? "" : ",").append(d);
        }
        return days.toString();
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int minutes = Math.abs(seconds) / 60;
        return String.format(Locale.ROOT, "%s%02d%02d", seconds < 0 ? "-" : "+", minutes / 60, minutes % 60);
    }

    /** A parameter value, quoted: RFC 5545 allows no double quote or control character inside one. */
    static String parameter(String value) {
        return "\"" + CONTROL.matcher(value.replace('\n', ' ')).replaceAll("").replace("\"", "'") + "\"";
    }

    /** RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
    public static String text(String value) {
        String normalised = value.replace("\r\n", "\n").replace('\r', '\n');
        normalised = CONTROL.matcher(normalised).replaceAll("");
        return normalised.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    /** Writes one content line, folded so that no physical line exceeds 75 octets of UTF-8. */
    private void line(String content) {
        int octets = 0;
        int at = 0;
        while (at < content.length()) {
            int codePoint = content.codePointAt(at);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > FOLD_AT) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            at += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
