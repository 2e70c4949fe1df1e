package org.samraad.meeting;

import java.time.ZoneId;
import org.samraad.council.Council;
import org.samraad.council.Viewer;

/**
 * A meeting with its council and the caller's standing in it, loaded in one statement: what every meeting macro
 * and service call starts from. {@code viewer.insider()} (a space administrator or a serving council member other
 * than an observer) decides who sees closed items and closed attachments, and unpublished names of
 * {@code minutesSigners}.
 */
public record MeetingContext(Meeting meeting, Council council, String councilLocale, Viewer viewer,
        MinutesSigners minutesSigners) {
    public ZoneId zone() {
        return meeting.zoneId();
    }

    public String spaceKey() {
        return council.spaceKey();
    }
}
