package org.samraad.platform;

/** 403: the caller can see the thing but may not change it. */
public class ForbiddenException extends ServiceException {
    public ForbiddenException() {
        super("samraad.error.forbidden");
    }

    @Override
    public int status() {
        return 403;
    }
}
