package org.samraad.platform;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the macros of one page render share, such as the meeting every meeting macro starts from: held in the
 * render's {@link ConversionContext} properties, so it lives exactly as long as that render (one request, one
 * reader) and is gone with it. Nothing here is kept on the node between requests: in a Data Center cluster another
 * node may have changed the data since, and the next request must read it again. Keys carry the reader as well,
 * so a context handed on by mistake still never shows one person's view to another.
 */
public final class RenderShared {
    static final String PROPERTY = "org.samraad.render-shared";

    private final Map<Object, Object> values;

    private RenderShared(Map<Object, Object> values) {
        this.values = values;
    }

    /** The render's shared values; a context that cannot hold them (none given) shares nothing. */
    @SuppressWarnings("unchecked")
    public static RenderShared of(ConversionContext context) {
        if (context == null) {
            return new RenderShared(new ConcurrentHashMap<>());
        }
        Object held = context.getProperty(PROPERTY);
        if (held instanceof Map<?, ?> map) {
            return new RenderShared((Map<Object, Object>) map);
        }
        Map<Object, Object> values = new ConcurrentHashMap<>();
        // macros rendered in parallel may both get here: each then computes its own, which is only less sharing
        context.setProperty(PROPERTY, values);
        return new RenderShared(values);
    }

    /**
     * The value under {@code key}, computed once per render. Not {@code computeIfAbsent}: a computation may share
     * values of its own, which a concurrent map refuses inside its lock; computed twice in a race is harmless.
     * A computation that throws stores nothing.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        Objects.requireNonNull(key);
        Object found = values.get(key);
        if (found == null) {
            T computed = Objects.requireNonNull(compute.get());
            found = values.putIfAbsent(key, computed);
            return found == null ? computed : (T) found;
        }
        return (T) found;
    }
}
