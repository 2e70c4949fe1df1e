package org.samraad.meeting;

import org.samraad.platform.ServiceException;

/** 403: no one accepts or declines his own request for an agenda item; the requester may withdraw it. */
public class OwnAgendaRequestException extends ServiceException {
    public OwnAgendaRequestException() {
        super("samraad.agenda-request.error.own");
    }

    @Override
    public int status() {
        return 403;
    }
}
