package org.samraad.platform.mail;

import com.atlassian.confluence.mail.template.ConfluenceMailQueueItem;
import com.atlassian.core.task.Task;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.SingleMailQueueItem;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * One e-mail on Confluence's "mail" queue. Confluence may serialise queued tasks, so this holds text only; it becomes
 * Confluence's own mail item when the queue runs, which sends it through the configured mail server (or drops it
 * with a logged error when there is none, as Confluence does for its own notifications).
 *
 * <p>A mail may carry a plain-text alternative of an HTML body (for readers and screen readers that take text) and
 * text attachments (a calendar invitation). Such a mail is sent as one MIME message built by {@link #multipart()}:
 * {@code multipart/mixed} holding a {@code multipart/alternative} of the plain text and the HTML (both UTF-8), then
 * each attachment. A mail with one body goes through Confluence's {@link ConfluenceMailQueueItem}, as before.
 *
 * @param mimeType {@link ConfluenceMailQueueItem#MIME_TYPE_HTML} or {@link ConfluenceMailQueueItem#MIME_TYPE_TEXT}
 * @param textBody the plain-text alternative of an HTML body, or null
 */
public record QueuedMail(String to, String subject, String body, String mimeType, String textBody,
        List<MailAttachment> attachments) implements Task {
    private static final long serialVersionUID = 1L;

    public QueuedMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(mimeType, "mimeType");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** One body, no alternative, no attachments (the reminders' digests). */
    public QueuedMail(String to, String subject, String body, String mimeType) {
        this(to, subject, body, mimeType, null, List.of());
    }

    public boolean isHtml() {
        return ConfluenceMailQueueItem.MIME_TYPE_HTML.equals(mimeType);
    }

    /** Whether the mail is more than one body: it is then sent as {@link #multipart()}. */
    public boolean isMultipart() {
        return textBody != null || !attachments.isEmpty();
    }

    /**
     * The message content a multipart mail is sent as, built anew on each call (a {@code Multipart} is not
     * serialisable, so it is made where the queue runs): {@code multipart/mixed} of a {@code multipart/alternative}
     * (the plain text, when there is one, then the body, each {@code charset=UTF-8}; the last is the richest, RFC 2046
     * 5.1.4) followed by each attachment with its own content type (e.g. {@code text/calendar; method=REQUEST;
     * charset=UTF-8}) and file name.
     */
    public MimeMultipart multipart() throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        if (textBody != null) {
            alternative.addBodyPart(text(textBody, "plain"));
        }
        alternative.addBodyPart(text(body, isHtml() ? "html" : "plain"));
        MimeBodyPart bodies = new MimeBodyPart();
        bodies.setContent(alternative);
        bodies.setHeader("Content-Type", alternative.getContentType());
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(bodies);
        for (MailAttachment attachment : attachments) {
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(
                    attachment.content().getBytes(StandardCharsets.UTF_8), attachment.contentType())));
            file.setHeader("Content-Type", attachment.contentType());
            file.setFileName(attachment.fileName());
            file.setDisposition(Part.ATTACHMENT);
            mixed.addBodyPart(file);
        }
        return mixed;
    }

    private static MimeBodyPart text(String text, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, StandardCharsets.UTF_8.name(), subtype);
        part.setHeader("Content-Type", "text/" + subtype + "; charset=UTF-8");
        return part;
    }

    /**
     * Sends the mail through Confluence's configured mail server when the queue runs. One body goes through
     * Confluence's own mail item; a multipart mail through atlassian-mail's {@link Email} with {@link #multipart()}
     * and a blank body (so the multipart is the whole content) and its {@link SingleMailQueueItem}, which, like
     * Confluence's item, sends nothing when no mail server is configured or sending is disabled.
     */
    @Override
    public void execute() throws Exception {
        if (!isMultipart()) {
            new ConfluenceMailQueueItem(to, subject, body, mimeType).send();
            return;
        }
        Email email = new Email(to).setSubject(subject).setBody("").setEncoding(StandardCharsets.UTF_8.name())
                .setMultipart(multipart());
        new SingleMailQueueItem(email).send();
    }
}
