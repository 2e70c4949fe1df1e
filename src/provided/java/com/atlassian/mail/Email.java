package com.atlassian.mail;

import jakarta.mail.Multipart;
import java.io.Serializable;

/**
 * Stand-in (atlassian-mail 5.3.0 as shipped with confluence 8.7.2 [DF] {@code com/atlassian/mail/Email.java}); subset:
 * the one-address constructor and the setters the plugin calls, each returning the mail as the real ones do. On
 * Platform 8 (Confluence 10.x) {@link #setMultipart} takes a {@code jakarta.mail.Multipart}, where 8.7.2's took
 * {@code javax.mail.Multipart}: Platform 8 apps build mail with {@code jakarta.mail-api} as a provided dependency
 * (deftdevs/bootstrapi {@code crowd/pom.xml} on Crowd 7.2, platform 8.3.19). The 10.2 jar itself was not seen; see
 * {@code src/provided/java/README.md}, "Mail". When the multipart is set and the body is blank, atlassian-mail's
 * {@code MessageCreator.updateMimeMessage} sends the multipart as the whole message content. Only Confluence sends mail.
 */
public class Email implements Serializable {
    public Email(String to) {
        throw new UnsupportedOperationException("stand-in");
    }

    public Email setSubject(String subject) {
        throw new UnsupportedOperationException("stand-in");
    }

    public Email setBody(String body) {
        throw new UnsupportedOperationException("stand-in");
    }

    public Email setMimeType(String mimeType) {
        throw new UnsupportedOperationException("stand-in");
    }

    public Email setEncoding(String encoding) {
        throw new UnsupportedOperationException("stand-in");
    }

    public Email setMultipart(Multipart multipart) {
        throw new UnsupportedOperationException("stand-in");
    }

    public Multipart getMultipart() {
        throw new UnsupportedOperationException("stand-in");
    }
}
