package org.samraad.platform;

import com.atlassian.event.api.EventPublisher;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * A component whose {@code @EventListener} methods hear Confluence's events while the plugin is enabled:
 * registered when Spring has built it and unregistered when the plugin stops, so a disabled plugin hears nothing.
 */
public abstract class RegisteredEventListener {
    private final EventPublisher events;

    protected RegisteredEventListener(EventPublisher events) {
        this.events = events;
    }

    @PostConstruct
    public final void register() {
        events.register(this);
    }

    @PreDestroy
    public final void unregister() {
        events.unregister(this);
    }
}
