package org.samraad.platform.mail;

import java.io.Serializable;
import java.util.Objects;

/**
 * A file that goes with an e-mail, as text (a calendar invitation): the queue may serialise it.
 *
 * @param contentType the full MIME type with its parameters, e.g. {@code text/calendar; method=REQUEST; charset=UTF-8}
 */
public record MailAttachment(String fileName, String contentType, String content) implements Serializable {
    private static final long serialVersionUID = 1L;

    public MailAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
