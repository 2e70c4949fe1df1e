package org.samraad.meeting;

import org.samraad.platform.ServiceException;

/** 409: the meeting has been held or cancelled; requests for its agenda are no longer taken or accepted. */
public class MeetingClosedForRequestsException extends ServiceException {
    public MeetingClosedForRequestsException() {
        super("samraad.agenda-request.error.meeting-closed");
    }

    @Override
    public int status() {
        return 409;
    }
}
