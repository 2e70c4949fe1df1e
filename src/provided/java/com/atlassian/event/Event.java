package com.atlassian.event;

import org.springframework.context.ApplicationEvent;

/** Stand-in (atlassian-event 5.0.2 [DF]): deprecated base of Confluence's events; extends Spring's ApplicationEvent. */
@Deprecated
public class Event extends ApplicationEvent {
    public Event(Object source) {
        super(source);
    }
}
