package org.samraad.meeting;

import static org.samraad.meeting.MeetingStatus.AGENDA_PUBLISHED;
import static org.samraad.meeting.MeetingStatus.CANCELLED;
import static org.samraad.meeting.MeetingStatus.HELD;
import static org.samraad.meeting.MeetingStatus.MINUTES_APPROVED;
import static org.samraad.meeting.MeetingStatus.PLANNED;
import static org.samraad.meeting.MeetingStatus.PUBLISHED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which status a meeting may move to from where it is. A meeting may be held without a published agenda (it
 * happens); approved or published minutes go back to HELD only by an explicit reopen, which is recorded; a
 * cancelled meeting can be reinstated as planned.
 */
public final class MeetingLifecycle {
    private static final Map<MeetingStatus, Set<MeetingStatus>> NEXT = new EnumMap<>(MeetingStatus.class);

    static {
        NEXT.put(PLANNED, EnumSet.of(AGENDA_PUBLISHED, HELD, CANCELLED));
        NEXT.put(AGENDA_PUBLISHED, EnumSet.of(HELD, CANCELLED));
        NEXT.put(HELD, EnumSet.of(MINUTES_APPROVED));
        NEXT.put(MINUTES_APPROVED, EnumSet.of(PUBLISHED, HELD));
        NEXT.put(PUBLISHED, EnumSet.of(HELD));
        NEXT.put(CANCELLED, EnumSet.of(PLANNED));
    }

    private MeetingLifecycle() {}

    /** The statuses reachable in one step, in the enum's (the life's) order. */
    public static Set<MeetingStatus> next(MeetingStatus from) {
        return EnumSet.copyOf(NEXT.get(from));
    }

    public static boolean allowed(MeetingStatus from, MeetingStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** Going back to HELD from approved or published minutes: the decisions are open again. */
    public static boolean isReopen(MeetingStatus from, MeetingStatus to) {
        return from.decisionsLocked() && to == HELD;
    }
}
