package com.atlassian.event.api;

/** Stand-in (atlassian-event 5.0.2 [DF]). */
public interface EventListenerRegistrar {
    void register(Object listener);

    void unregister(Object listener);

    void unregisterAll();
}
