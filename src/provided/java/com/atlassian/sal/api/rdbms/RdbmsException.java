package com.atlassian.sal.api.rdbms;

/** Stand-in (sal-api 5.1.4 [DF]). */
public class RdbmsException extends RuntimeException {
    public RdbmsException(String message) {
        super(message);
    }

    public RdbmsException(String message, Throwable cause) {
        super(message, cause);
    }

    public RdbmsException(Throwable cause) {
        super(cause);
    }
}
