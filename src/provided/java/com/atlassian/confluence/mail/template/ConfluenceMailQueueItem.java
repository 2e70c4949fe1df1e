package com.atlassian.confluence.mail.template;

import com.atlassian.mail.MailException;
import com.atlassian.mail.queue.MailQueueItem;
import java.util.Date;

/**
 * Stand-in (confluence 8.7.2 [DF] {@code mail/template/ConfluenceMailQueueItem.java}); subset: the constants, the
 * four- and five-argument constructors and the {@link MailQueueItem} methods. Only Confluence sends mail.
 */
public class ConfluenceMailQueueItem implements MailQueueItem {
    public static final String MIME_TYPE_HTML = "text/html";
    public static final String MIME_TYPE_TEXT = "text/plain";

    public ConfluenceMailQueueItem(String toAddress, String subject, String body, String mimeType) {
        throw new UnsupportedOperationException("stand-in");
    }

    public ConfluenceMailQueueItem(String toAddress, String ccAddress, String subject, String body, String mimeType) {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public int compareTo(MailQueueItem o) {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    @Deprecated
    public void send() throws MailException {
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
}
