package org.samraad.devhost.render;

/** The body is not well-formed storage format (Confluence refuses to save such a page). */
public final class StorageFormatException extends Exception {
    public StorageFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
