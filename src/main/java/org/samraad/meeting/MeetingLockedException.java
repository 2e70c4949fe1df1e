package org.samraad.meeting;

import org.samraad.platform.ServiceException;

/**
 * 409: the minutes are approved or published, so the meeting is part of the record: it cannot be deleted, and what
 * the approved minutes state (the meeting's facts, its attendance) changes only after a reopen.
 */
public class MeetingLockedException extends ServiceException {
    public MeetingLockedException() {
        this("samraad.meeting.error.locked");
    }

    private MeetingLockedException(String messageKey) {
        super(messageKey);
    }

    /** Refuses a change of what the approved minutes state, with the message saying which; nothing while open. */
    static void refuseChangesIn(MeetingStatus status, String messageKey) {
        if (status.decisionsLocked()) {
            throw new MeetingLockedException(messageKey);
        }
    }

    @Override
    public int status() {
        return 409;
    }
}
