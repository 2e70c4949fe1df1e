package com.atlassian.plugin;

/** Stand-in: atlassian-plugins-api (reference §2.9). */
public class PluginException extends RuntimeException {
    public PluginException() {
    }

    public PluginException(String message) {
        super(message);
    }

    public PluginException(Throwable cause) {
        super(cause);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
