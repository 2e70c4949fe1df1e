package org.samraad.hearing;

import org.samraad.platform.ServiceException;

/**
 * 409: the hearing already has an item on the agenda of a meeting that was not cancelled. Putting it on a second
 * agenda would leave two items claiming to decide the same response; remove the item (or cancel the meeting) first.
 */
public class HearingOnAgendaException extends ServiceException {
    HearingOnAgendaException() {
        super("samraad.hearing.error.on-agenda");
    }

    @Override
    public int status() {
        return 409;
    }
}
