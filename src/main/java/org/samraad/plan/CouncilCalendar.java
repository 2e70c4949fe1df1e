package org.samraad.plan;

import com.atlassian.confluence.user.ConfluenceUser;
import java.util.function.Predicate;
import org.samraad.council.CouncilZone;
import org.samraad.platform.PagePermissions;
import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import net.java.ao.Query;
import org.samraad.council.Council;
import org.samraad.council.CouncilService;
import org.samraad.meeting.Meeting;
import org.samraad.meeting.MeetingCalendar;
import org.samraad.meeting.MeetingEntity;
import org.samraad.platform.ICalendarWriter;
import org.samraad.platform.TimeSource;
import org.springframework.stereotype.Component;

/**
 * A council's meetings as one iCalendar feed for Outlook and phones: every meeting, past and planned, as the single
 * meeting's calendar file has it (same UID, so a client that imported one meeting sees the feed update it; sequence
 * is the version; cancelled meetings stay as CANCELLED so they leave the subscribers' calendars), in the council's
 * zone with its VTIMEZONE.
 */
@Component
public class CouncilCalendar {
    private final ActiveObjects ao;
    private final CouncilService councils;
    private final MeetingCalendar meetingCalendar;
    private final PagePermissions pages;
    private final TimeSource time;

    public CouncilCalendar(@ComponentImport ActiveObjects ao, CouncilService councils, MeetingCalendar meetingCalendar,
            PagePermissions pages, TimeSource time) {
        this.ao = ao;
        this.councils = councils;
        this.meetingCalendar = meetingCalendar;
        this.pages = pages;
        this.time = time;
    }

    /** The feed of a council the caller may view (404 otherwise). Two statements: the council, its meetings. */
    public String forCouncil(int councilId) {
        Council council = councils.get(councilId);
        return feed(council.id(), council.spaceKey(), council.name(), council.locale(), pages::canView);
    }

    /**
     * The feed of a council whose reader was checked by the caller (a secret feed address checks its owner), as
     * {@code reader} (null: anonymous) may see it. One statement.
     */
    String feed(int councilId, String spaceKey, String name, String locale, ConfluenceUser reader) {
        return feed(councilId, spaceKey, name, locale, pageId -> pages.canView(reader, pageId));
    }

    /** A meeting whose page the reader may not view is left out, as if it did not exist. */
    private String feed(int councilId, String spaceKey, String name, String locale, Predicate<Long> pageVisible) {
        ZoneId zone = CouncilZone.forLocale(locale);
        MeetingEntity[] rows = ao.find(MeetingEntity.class,
                Query.select().where("COUNCIL_ID = ?", councilId).order("STARTS_AT, ID"));
        List<ICalendarWriter.Event> events = Arrays.stream(rows)
                .filter(row -> pageVisible.test(row.getPageId()))
                .map(row -> meetingCalendar.event(Meeting.of(row, zone), spaceKey, locale)).toList();
        return ICalendarWriter.calendar(name, zone, time.now(), events);
    }
}
