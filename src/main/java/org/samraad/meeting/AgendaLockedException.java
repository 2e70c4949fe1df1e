package org.samraad.meeting;

import org.samraad.platform.ServiceException;

/** 409: the agenda of a meeting whose minutes are approved, or that was cancelled, no longer changes. */
public class AgendaLockedException extends ServiceException {
    private AgendaLockedException(String messageKey) {
        super(messageKey);
    }

    /** Refuses a change to the agenda of a meeting in this status; nothing for a meeting whose agenda is open. */
    static void refuseChangesIn(MeetingStatus status) {
        if (status.decisionsLocked()) {
            throw new AgendaLockedException("samraad.agenda.error.locked");
        }
        if (status == MeetingStatus.CANCELLED) {
            throw new AgendaLockedException("samraad.agenda.error.cancelled");
        }
    }

    @Override
    public int status() {
        return 409;
    }
}
