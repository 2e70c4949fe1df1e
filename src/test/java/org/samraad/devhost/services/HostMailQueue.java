package org.samraad.devhost.services;

import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.core.task.Task;
import org.samraad.devhost.persistence.HostStore;
import org.samraad.platform.mail.QueuedMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Confluence's task queues, as far as the plugin uses them: mail on the "mail" queue goes to the host's outbox
 * (shown at /devhost/outbox) instead of a mail server. The outbox is written on the plugin's connection, so a mail
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
            store.recordMail(mail.to(), mail.subject(), mail.body(), mail.mimeType(), mail.textBody(),
                    mail.attachments().stream().map(a -> new HostStore.OutboxPart(a.fileName(), a.contentType(),
                            a.content())).toList());
            return;
        }
        LOG.warn("Task {} on queue {} dropped: the dev host only records the plugin's mail", task, queueName);
    }

    @Override
    public void flush(String queueName) {
        // the outbox is the end of the line
    }
}
