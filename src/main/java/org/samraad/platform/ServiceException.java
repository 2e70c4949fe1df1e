package org.samraad.platform;

import java.io.Serializable;

/**
 * A refusal the caller can act on. It carries an i18n key, not text, so the REST layer answers in the
 * caller's language.
 */
public abstract class ServiceException extends RuntimeException {
    private final String messageKey;
    private final Serializable[] arguments;

    protected ServiceException(String messageKey, Serializable... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public abstract int status();

    public String messageKey() {
        return messageKey;
    }

    public Serializable[] arguments() {
        return arguments.clone();
    }
}
