package org.samraad.devhost.services;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * atlassian-event, synchronously: {@link #register} finds public one-argument methods annotated
 * {@code @EventListener}; {@link #publish} calls each whose parameter type accepts the event, in the publishing
 * thread. A listener that throws is logged and the others still run, as in Confluence.
 */
public final class HostEventPublisher implements EventPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(HostEventPublisher.class);

    private record Subscription(Object listener, Method method) {}

    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();

    @Override
    public void register(Object listener) {
        unregister(listener);
        // getMethods() has no defined order; dispatch by @EventListener.order(), then name, so runs repeat.
        Arrays.stream(listener.getClass().getMethods())
                .filter(m -> m.isAnnotationPresent(EventListener.class) && m.getParameterCount() == 1)
                .sorted(Comparator.comparingInt((Method m) -> m.getAnnotation(EventListener.class).order())
                        .thenComparing(Method::getName))
                .forEach(method -> subscriptions.add(new Subscription(listener, method)));
    }

    @Override
    public void unregister(Object listener) {
        subscriptions.removeIf(s -> s.listener() == listener);
    }

    @Override
    public void unregisterAll() {
        subscriptions.clear();
    }

    @Override
    public void publish(Object event) {
        for (Subscription s : subscriptions) {
            if (s.method().getParameterTypes()[0].isInstance(event)) {
                try {
                    s.method().invoke(s.listener(), event);
                } catch (InvocationTargetException e) {
                    LOG.error("Event listener {} failed on {}", s.method(), event.getClass().getSimpleName(), e.getCause());
                } catch (IllegalAccessException e) {
                    LOG.error("Event listener {} is not accessible", s.method(), e);
                }
            }
        }
    }
}
