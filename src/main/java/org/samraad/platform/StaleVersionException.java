package org.samraad.platform;

/** 409: someone saved in between; the caller reloads instead of overwriting their change. */
public class StaleVersionException extends ServiceException {
    public StaleVersionException() {
        super("samraad.error.stale-version");
    }

    @Override
    public int status() {
        return 409;
    }
}
