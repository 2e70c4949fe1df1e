package com.atlassian.templaterenderer;

/** Stand-in (atlassian-template-renderer-api 5.0.4 [DF]). */
public class RenderingException extends RuntimeException {
    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }

    public RenderingException(String message) {
        super(message);
    }

    public RenderingException(Throwable cause) {
        super(cause);
    }
}
