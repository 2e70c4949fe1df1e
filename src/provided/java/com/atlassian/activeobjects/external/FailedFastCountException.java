package com.atlassian.activeobjects.external;

/** Stand-in (activeobjects-plugin 5.2.1 [DF]). */
public class FailedFastCountException extends Exception {
    public FailedFastCountException(Throwable cause) {
        super(cause);
    }
}
