package com.atlassian.mail.queue;

import com.atlassian.mail.MailException;
import java.util.Date;

/** Stand-in (atlassian-mail, as decompiled with confluence 8.7.2 [DF]). */
public interface MailQueueItem extends Comparable<MailQueueItem> {
    void send() throws MailException;

    String getSubject();

    Date getDateQueued();

    int getSendCount();

    boolean hasError();
}
