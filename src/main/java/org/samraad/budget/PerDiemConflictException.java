package org.samraad.budget;

import org.samraad.platform.ServiceException;

/** 409: the per-diem list cannot change now (it is approved, or the meeting has not been held). */
public class PerDiemConflictException extends ServiceException {
    public PerDiemConflictException(String messageKey) {
        super(messageKey);
    }

    @Override
    public int status() {
        return 409;
    }
}
