package com.atlassian.plugin;

/** Stand-in: atlassian-plugins-api (reference §2.9). */
public class PluginParseException extends PluginException {
    public PluginParseException() {
    }

    public PluginParseException(String message) {
        super(message);
    }

    public PluginParseException(Throwable cause) {
        super(cause);
    }

    public PluginParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
