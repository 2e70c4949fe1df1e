package com.atlassian.event.api;

/** Stand-in (atlassian-event 5.0.2 [DF]). */
public interface EventPublisher extends EventListenerRegistrar {
    void publish(Object event);
}
