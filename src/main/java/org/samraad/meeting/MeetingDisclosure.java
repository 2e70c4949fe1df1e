package org.samraad.meeting;

import org.samraad.council.Viewer;

/**
 * Who sees what of a meeting, when (architecture §11): the one rule that REST, macros, exports and feeds ask. The
 * meeting's facts (date, place, status) are for everyone who may view it; beyond that:
 * <ul>
 *   <li>the items, until the agenda is published, only for those who prepare it: insiders (space administrators
 *       and serving council members other than observers) and space editors;
 *   <li>decisions, dissent and attendance, until the minutes are approved, only for those who prepare them;
 *   <li>closed items and closed attachments only for insiders (others see their number and time);
 *   <li>the public view (for publication) only once the minutes are published, for everyone alike.
 * </ul>
 * A cancelled meeting keeps what it had disclosed: its items if the agenda had gone out, never a record.
 *
 * @param items the agenda items (beyond their existence) may be shown
 * @param record decisions, dissenting opinions, the actions items gave and attendance may be shown
 * @param closedItems closed items and closed attachments may be shown in full
 * @param publicView the public view shows the meeting's agenda and decisions
 */
public record MeetingDisclosure(boolean items, boolean record, boolean closedItems, boolean publicView) {

    public static MeetingDisclosure of(MeetingContext context) {
        return of(context.meeting(), context.viewer());
    }

    public static MeetingDisclosure of(Meeting meeting, Viewer viewer) {
        return of(meeting.status(), meeting.agendaPublishedAt() != null, viewer);
    }

    /** @param agendaWentOut the agenda was published at some point (what a cancelled meeting remembers) */
    public static MeetingDisclosure of(MeetingStatus status, boolean agendaWentOut, Viewer viewer) {
        boolean prepares = prepares(viewer);
        boolean agendaOut = switch (status) {
            case PLANNED -> false;
            case AGENDA_PUBLISHED, HELD, MINUTES_APPROVED, PUBLISHED -> true;
            case CANCELLED -> agendaWentOut;
        };
        boolean published = status == MeetingStatus.PUBLISHED;
        return new MeetingDisclosure(prepares || agendaOut, prepares || status.decisionsLocked(), viewer.insider(),
                published);
    }

    /** Those who prepare a meeting: insiders and space editors. */
    public static boolean prepares(Viewer viewer) {
        return viewer.insider() || viewer.editor();
    }

    /** The agenda items of this view may be shown at all (the public view only from publication). */
    boolean itemsIn(AgendaAudience audience) {
        return audience == AgendaAudience.PUBLIC ? publicView : items;
    }
}
