package com.atlassian.confluence.event.events.content;

import com.atlassian.confluence.event.events.ConfluenceEvent;

/**
 * Stand-in (confluence 8.7.2 [DF] {@code event/events/content/ContentEvent.java}). The host publishes subclasses, so
 * the body is real; the {@code OperationContext} constructor and the marker interfaces {@code Contented},
 * {@code Timestamped} are left out.
 */
public abstract class ContentEvent extends ConfluenceEvent {
    private boolean suppressNotifications;

    @Deprecated
    public ContentEvent(Object src) {
        this(src, false);
    }

    @Deprecated
    public ContentEvent(Object src, boolean suppressNotifications) {
        super(src);
        this.suppressNotifications = suppressNotifications;
    }

    public boolean isSuppressNotifications() {
        return suppressNotifications;
    }
}
