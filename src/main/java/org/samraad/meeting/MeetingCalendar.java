package org.samraad.meeting;

import java.util.List;
import java.util.Locale;
import org.samraad.council.Council;
import org.samraad.platform.I18n;
import org.samraad.platform.ICalendarWriter;
import org.samraad.platform.TimeSource;
import org.springframework.stereotype.Component;

/**
 * Meetings as iCalendar events. The UID names the meeting and the space ({@code meeting-<id>@samraad.<spaceKey>}),
 * so it survives every edit; the sequence is the meeting's version, so calendar clients take each change as an
 * update; a cancelled meeting stays in the calendar as CANCELLED, which removes it from the attendees' calendars.
 */
@Component
public class MeetingCalendar {
    private final MeetingAccess access;
    private final I18n i18n;
    private final TimeSource time;

    public MeetingCalendar(MeetingAccess access, I18n i18n, TimeSource time) {
        this.access = access;
        this.i18n = i18n;
        this.time = time;
    }

    /** One meeting the caller may view (404 otherwise), as a calendar file. One statement. */
    public String forMeeting(int meetingId) {
        MeetingContext context = access.view(meetingId);
        return ICalendarWriter.calendar(null, context.zone(), time.now(),
                List.of(event(context.meeting(), context.spaceKey(), context.councilLocale())));
    }

    /**
     * The event's texts are in the council's language, as the meeting's title is: a calendar file is kept and
     * passed on, and a feed read through a secret address has no reader whose language could apply.
     */
    public ICalendarWriter.Event event(Meeting meeting, String spaceKey, String councilLocale) {
        Locale language = Locale.forLanguageTag(councilLocale == null ? Council.DEFAULT_LOCALE : councilLocale);
        String kind = i18n.text(language, "samraad.meeting.kind." + meeting.kind().name());
        String description = kind + ". " + i18n.text(language, meeting.openToPublic()
                ? "samraad.meeting.public" : "samraad.meeting.not-public");
        return new ICalendarWriter.Event(uid(meeting.id(), spaceKey), meeting.version(), meeting.startsAt(),
                meeting.endsAt(), meeting.title() == null ? kind : meeting.title(), meeting.place(), description, null,
                meeting.status() == MeetingStatus.CANCELLED);
    }

    public static String uid(int meetingId, String spaceKey) {
        return "meeting-" + meetingId + "@samraad." + spaceKey;
    }
}
