package org.samraad.council;

import org.samraad.platform.ServiceException;

/** 409: the council still has members, meetings, actions or hearings. */
public class CouncilNotEmptyException extends ServiceException {
    public CouncilNotEmptyException() {
        super("samraad.council.error.not-empty");
    }

    @Override
    public int status() {
        return 409;
    }
}
