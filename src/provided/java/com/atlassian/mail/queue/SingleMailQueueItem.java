package com.atlassian.mail.queue;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;

/**
 * Stand-in (atlassian-mail 5.3.0 as shipped with confluence 8.7.2 [DF] {@code com/atlassian/mail/queue/SingleMailQueueItem.java});
 * subset: the constructor, {@link #send()} and {@link #getEmail()}. The real {@code send()} sends the {@link Email}
 * through the default SMTP server ({@code MailFactory.getServerManager().getDefaultSMTPMailServer()}), does nothing
 * when none is configured or sending is disabled, as {@code ConfluenceMailQueueItem} does, and is not a
 * {@code com.atlassian.core.task.Task}: the plugin calls it from its own queued task. Only Confluence sends mail.
 */
public class SingleMailQueueItem extends AbstractMailQueueItem {
    public SingleMailQueueItem(Email email) {
        super(null);
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public void send() throws MailException {
        throw new UnsupportedOperationException("stand-in");
    }

    public Email getEmail() {
        throw new UnsupportedOperationException("stand-in");
    }
}
