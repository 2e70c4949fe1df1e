package org.samraad.testing;

import com.atlassian.event.api.EventPublisher;
import java.util.ArrayList;
import java.util.List;

/** Confluence's event publisher for tests that call listeners directly: it remembers who registered. */
public final class RecordingEventPublisher implements EventPublisher {
    private final List<Object> registered = new ArrayList<>();

    public List<Object> registered() {
        return List.copyOf(registered);
    }

    @Override
    public void publish(Object event) {}

    @Override
    public void register(Object listener) {
        registered.add(listener);
    }

    @Override
    public void unregister(Object listener) {
        registered.remove(listener);
    }

    @Override
    public void unregisterAll() {
        registered.clear();
    }
}
