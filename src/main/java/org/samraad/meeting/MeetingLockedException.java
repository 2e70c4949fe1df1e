package org.samraad.meeting;

import org.samraad.platform.ServiceException;

/** 409: the minutes are approved or published, so the meeting is part of the record and cannot be deleted. */
public class MeetingLockedException extends ServiceException {
    public MeetingLockedException() {
        super("samraad.meeting.error.locked");
    }

    @Override
    public int status() {
        return 409;
    }
}
