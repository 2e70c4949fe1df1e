package org.samraad.council;

import org.samraad.platform.ServiceException;

/** 409: the member's personal data has been erased; the row stays only as "former member" in the council's history. */
public class MemberAnonymisedException extends ServiceException {
    public MemberAnonymisedException() {
        super("samraad.member.error.anonymised");
    }

    @Override
    public int status() {
        return 409;
    }
}
