package org.samraad.platform;

/** 404: absent, or present but not visible to the caller; the two are never told apart. */
public class NotFoundException extends ServiceException {
    public NotFoundException() {
        super("samraad.error.not-found");
    }

    @Override
    public int status() {
        return 404;
    }
}
