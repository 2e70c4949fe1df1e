package org.samraad.platform.rest;

import java.io.IOException;

/**
 * A request body longer than {@link JsonLimits#MAX_BODY_BYTES}. An {@link IOException} on purpose: the JSON reader
 * passes I/O failures of its input through as they are, where it would wrap a runtime exception in a mapping error
 * that names a field.
 */
public class RequestBodyTooLargeException extends IOException {
    public RequestBodyTooLargeException() {
        super("request body too large");
    }
}
