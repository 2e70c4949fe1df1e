package org.samraad.platform.mail;

import com.atlassian.confluence.mail.template.ConfluenceMailQueueItem;
import com.atlassian.core.task.Task;
import java.util.List;
import java.util.Objects;

/**
 * One e-mail on Confluence's "mail" queue. Confluence may serialise queued tasks, so this holds text only; it becomes
 * Confluence's own mail item when the queue runs, which sends it through the configured mail server (or drops it
 * with a logged error when there is none, as Confluence does for its own notifications).
 *
 * <p>A mail may carry a plain-text alternative of an HTML body (for readers and screen readers that take text) and
 * text attachments (a calendar invitation). Confluence's {@link ConfluenceMailQueueItem} sends one body; the
 * alternative and the attachments reach the queue and the dev host's outbox, not yet the mail server (see
 * {@link #execute()}).
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

    /**
     * Sends the body through Confluence's mail item. The plain-text alternative and the attachments need a
     * multipart message (atlassian-mail's {@code Email} with a {@code jakarta.mail} multipart), which the plugin
     * does not build against yet: they are kept with the queued mail for that step.
     */
    @Override
    public void execute() throws Exception {
        new ConfluenceMailQueueItem(to, subject, body, mimeType).send();
    }
}
