package org.samraad.devhost.services;

import static org.junit.Assert.assertEquals;

import com.atlassian.event.api.EventListener;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class HostEventPublisherTest {
    private final HostEventPublisher events = new HostEventPublisher();

    @Test
    public void aRegisteredListenerGetsTheEventsItsMethodsAccept() {
        Listener listener = new Listener();
        events.register(listener);
        events.publish("text");
        events.publish(42);
        assertEquals(List.of("object:text", "string:text", "object:42"), listener.seen);
    }

    @Test
    public void anUnregisteredListenerHearsNothingAndRegisteringTwiceDoesNotDouble() {
        Listener listener = new Listener();
        events.register(listener);
        events.register(listener);
        events.publish("once");
        events.unregister(listener);
        events.publish("gone");
        assertEquals(List.of("object:once", "string:once"), listener.seen);
    }

    @Test
    public void aFailingListenerDoesNotStopTheOthers() {
        Listener listener = new Listener();
        events.register(new Object() {
            @EventListener
            public void fail(String event) {
                throw new IllegalStateException("boom");
            }
        });
        events.register(listener);
        events.publish("still");
        assertEquals(List.of("object:still", "string:still"), listener.seen);
    }

    public static final class Listener {
        final List<String> seen = new ArrayList<>();

        @EventListener
        public void onString(String event) {
            seen.add("string:" + event);
        }

        @EventListener
        public void onAnything(Object event) {
            seen.add("object:" + event);
        }

        public void notAListener(String event) {
            seen.add("never");
        }
    }
}
