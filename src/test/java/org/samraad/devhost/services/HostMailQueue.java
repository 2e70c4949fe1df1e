package org.samraad.devhost.services;

import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.core.task.Task;
import java.util.List;
import org.samraad.devhost.persistence.HostStore;
import org.samraad.devhost.services.MailMime.MimeRow;
import org.samraad.platform.mail.QueuedMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Confluence's task queues, as far as the plugin uses them: mail on the "mail" queue goes to the host's outbox
 * (shown at /devhost/outbox) instead of a mail server. What is kept is the MIME message the mail server would be
 * handed ({@link MailMime}): its source and parts, and from them the HTML body, the plain-text alternative and the
 * attachments, so the outbox shows what the plugin's multipart holds, not what it meant to put there. The outbox is written on the plugin's connection, so a mail
 * queued in a transaction that rolls back is gone with it. Nothing is ever sent.
 */
public final class HostMailQueue implements MultiQueueTaskManager {
    private static final Logger LOG = LoggerFactory.getLogger(HostMailQueue.class);
    private final HostStore store;

    public HostMailQueue(HostStore store) {
        this.store = store;
    }

    @Override
    public void addTask(String queueName, Task task) {
        if ("mail".equals(queueName) && task instanceof QueuedMail mail) {
            MailMime.Wire wire = MailMime.of(mail);
            List<MimeRow> leaves = wire.rows().stream().filter(row -> !row.isMultipart()).toList();
            List<MimeRow> bodies = leaves.stream().filter(row -> !"attachment".equalsIgnoreCase(row.disposition()))
                    .toList();
            String body = bodies.get(bodies.size() - 1).content();
            String text = bodies.size() > 1 ? bodies.stream().filter(row -> row.contentType().startsWith("text/plain"))
                    .map(MimeRow::content).findFirst().orElse(null) : null;
            store.recordMail(mail.to(), mail.subject(), body, mail.mimeType(), text,
                    leaves.stream().filter(row -> "attachment".equalsIgnoreCase(row.disposition()))
                            .map(row -> new HostStore.OutboxPart(row.fileName(), row.contentType(), row.content()))
                            .toList(),
                    wire.source(), wire.rows().stream().map(row -> new HostStore.OutboxMime(row.depth(),
                            row.contentType(), row.disposition(), row.fileName(), row.content())).toList());
            return;
        }
        LOG.warn("Task {} on queue {} dropped: the dev host only records the plugin's mail", task, queueName);
    }

    @Override
    public void flush(String queueName) {
        // the outbox is the end of the line
    }
}
