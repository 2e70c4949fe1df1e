package org.samraad.meeting;

import java.time.ZoneId;
import org.samraad.council.Council;
import org.samraad.council.Viewer;

/**
 * A meeting with its council and the caller's standing in it, loaded in one statement: what every meeting macro
 * and service call starts from. {@code viewer.insider()} (a space administrator or a serving council member other
 * than an observer) decides who sees closed items and closed attachments, and unpublished names of
 * {@code minutesSigners}. {@code approvedMinutes} holds the meeting's approved minutes once a read asked for them.
 */
public record MeetingContext(Meeting meeting, Council council, String councilLocale, Viewer viewer,
        MinutesSigners minutesSigners, ApprovedMinutesSlot approvedMinutes) {
    /** A context whose approved minutes, if any, are read when first asked for ({@link MinutesSnapshots}). */
    public MeetingContext(Meeting meeting, Council council, String councilLocale, Viewer viewer,
            MinutesSigners minutesSigners) {
        this(meeting, council, councilLocale, viewer, minutesSigners, ApprovedMinutesSlot.unknown());
    }

    public ZoneId zone() {
        return meeting.zoneId();
    }

    public String spaceKey() {
        return council.spaceKey();
    }
}
