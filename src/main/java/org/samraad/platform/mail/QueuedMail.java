package org.samraad.platform.mail;

import com.atlassian.confluence.mail.template.ConfluenceMailQueueItem;
import com.atlassian.core.task.Task;
import java.util.Objects;

/**
 * One e-mail on Confluence's "mail" queue. Confluence may serialise queued tasks, so this holds text only; it becomes
 * Confluence's own mail item when the queue runs, which sends it through the configured mail server (or drops it
 * with a logged error when there is none, as Confluence does for its own notifications).
 *
 * @param mimeType {@link ConfluenceMailQueueItem#MIME_TYPE_HTML} or {@link ConfluenceMailQueueItem#MIME_TYPE_TEXT}
 */
public record QueuedMail(String to, String subject, String body, String mimeType) implements Task {
    private static final long serialVersionUID = 1L;

    public QueuedMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(mimeType, "mimeType");
    }

    public boolean isHtml() {
        return ConfluenceMailQueueItem.MIME_TYPE_HTML.equals(mimeType);
    }

    @Override
    public void execute() throws Exception {
        new ConfluenceMailQueueItem(to, subject, body, mimeType).send();
    }
}
