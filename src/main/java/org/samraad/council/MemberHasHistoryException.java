package org.samraad.council;

import org.samraad.platform.ServiceException;

/** 409: meetings, agenda requests or action items refer to the member; end the term instead of deleting. */
public class MemberHasHistoryException extends ServiceException {
    public MemberHasHistoryException() {
        super("samraad.member.error.has-history");
    }

    @Override
    public int status() {
        return 409;
    }
}
