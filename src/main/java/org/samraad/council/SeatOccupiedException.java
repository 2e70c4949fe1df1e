package org.samraad.council;

import org.samraad.platform.ServiceException;

/** 409: serving members still hold the seat; move them or end their terms first. */
public class SeatOccupiedException extends ServiceException {
    public SeatOccupiedException() {
        super("samraad.seat.error.occupied");
    }

    @Override
    public int status() {
        return 409;
    }
}
