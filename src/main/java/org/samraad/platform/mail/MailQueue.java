package org.samraad.platform.mail;

import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.springframework.stereotype.Component;

/**
 * The plugin's way out to e-mail: Confluence's own mail queue (the "mail" queue of its task manager), so mail goes
 * through the administrator's mail server settings and is retried and shown in the mail queue as Confluence's is.
 */
@Component
public class MailQueue {
    static final String QUEUE = "mail";

    private final MultiQueueTaskManager taskManager;

    public MailQueue(@ComponentImport MultiQueueTaskManager taskManager) {
        this.taskManager = taskManager;
    }

    public void enqueue(QueuedMail mail) {
        taskManager.addTask(QUEUE, mail);
    }
}
