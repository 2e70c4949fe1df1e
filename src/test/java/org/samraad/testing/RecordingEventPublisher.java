package org.samraad.testing;

import com.atlassian.event.api.EventPublisher;
import java.util.ArrayList;
import java.util.List;
import org.samraad.devhost.services.HostEventPublisher;

/**
 * Confluence's event publisher for tests: it delivers synchronously to registered listeners, as Confluence does
 * (see {@link HostEventPublisher}), and remembers who registered.
 */
public final class RecordingEventPublisher implements EventPublisher {
    private final HostEventPublisher delivery = new HostEventPublisher();
    private final List<Object> registered = new ArrayList<>();

    public synchronized List<Object> registered() {
        return List.copyOf(registered);
    }

    @Override
    public void publish(Object event) {
        delivery.publish(event);
    }

    @Override
    public synchronized void register(Object listener) {
        registered.remove(listener);
        registered.add(listener);
        delivery.register(listener);
    }

    @Override
    public synchronized void unregister(Object listener) {
        registered.remove(listener);
        delivery.unregister(listener);
    }

    @Override
    public synchronized void unregisterAll() {
        registered.clear();
        delivery.unregisterAll();
    }
}
