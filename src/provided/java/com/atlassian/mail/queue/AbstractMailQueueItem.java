package com.atlassian.mail.queue;

import java.util.Date;

/**
 * Stand-in (atlassian-mail 5.3.0 as shipped with confluence 8.7.2 [DF] {@code com/atlassian/mail/queue/AbstractMailQueueItem.java});
 * subset: the {@link MailQueueItem} methods. Present so that {@link SingleMailQueueItem} has its real superclass.
 */
public abstract class AbstractMailQueueItem implements MailQueueItem {
    public AbstractMailQueueItem(String subject) {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public String getSubject() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public Date getDateQueued() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public int getSendCount() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public boolean hasError() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public final int compareTo(MailQueueItem o) {
        throw new UnsupportedOperationException("stand-in");
    }
}
