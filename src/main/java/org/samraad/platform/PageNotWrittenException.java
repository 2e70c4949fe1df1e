package org.samraad.platform;

/**
 * 409: Confluence refused to save a page the plugin writes as part of a change (someone saved the page at the same
 * moment, or its database failed), so the whole change was rolled back and may simply be tried again.
 */
public class PageNotWrittenException extends ServiceException {
    public PageNotWrittenException(RuntimeException cause) {
        super("samraad.error.page-not-written");
        initCause(cause);
    }

    @Override
    public int status() {
        return 409;
    }
}
