package org.samraad.platform;

import java.io.Serializable;

/** 409: someone saved in between; the caller reloads instead of overwriting their change. */
public class StaleVersionException extends ServiceException {
    public StaleVersionException() {
        super("samraad.error.stale-version");
    }

    protected StaleVersionException(String messageKey, Serializable... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public int status() {
        return 409;
    }
}
