package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.event.events.content.ContentEvent;
import com.atlassian.confluence.pages.Page;
import java.util.Objects;

/**
 * Stand-in (confluence 8.7.2 [DF] {@code event/events/content/page/PageEvent.java}). The host publishes subclasses,
 * so the body is real; the {@code OperationContext} constructor is left out.
 */
public abstract class PageEvent extends ContentEvent {
    private final Page page;

    @Deprecated
    public PageEvent(Object source, Page page) {
        super(source, false);
        this.page = Objects.requireNonNull(page);
    }

    @Deprecated
    public PageEvent(Object source, Page page, boolean suppressNotifications) {
        super(source, suppressNotifications);
        this.page = Objects.requireNonNull(page);
    }

    public Page getPage() {
        return page;
    }

    public ContentEntityObject getContent() {
        return getPage();
    }
}
