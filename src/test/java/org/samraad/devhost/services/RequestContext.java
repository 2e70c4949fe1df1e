package org.samraad.devhost.services;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who is asking and in which language, bound to the request thread (Confluence's
 * AuthenticatedUserThreadLocal plus the user's locale setting), and the web resources the request's macros
 * required. Code running outside a request (start-up, seeding) sees anonymous, English, and a throw-away
 * resource list.
 *
 * <p>An HTTP request's context ({@link #bindRequest}) also remembers the host's own reads that Confluence serves
 * from memory (a space by key, a user's grants in a space, a page's restrictions), so the many permission checks of
 * one page view ask the database once each; any write through the host store forgets them. Nothing outlives the
 * request, so another node's write is seen by the next request, as with Confluence's cluster-wide caches.
 */
public final class RequestContext {
    public static final Locale DEFAULT_LOCALE = Locale.ENGLISH;
    private static final ThreadLocal<RequestContext> CURRENT = new ThreadLocal<>();

    private final HostUser user;
    private final Locale locale;
    private final RequiredWebResources resources = new RequiredWebResources();
    private final Map<Object, Object> reads;

    private RequestContext(HostUser user, Locale locale, boolean remembersReads) {
        this.user = user;
        this.locale = locale;
        this.reads = remembersReads ? new HashMap<>() : null;
    }

    public static RequestContext current() {
        RequestContext context = CURRENT.get();
        return context != null ? context : new RequestContext(null, DEFAULT_LOCALE, false);
    }

    /** Binds for the duration of a try-with-resources block; restores what was bound before. */
    public static Binding bind(HostUser user, Locale locale) {
        return bind(new RequestContext(user, locale == null ? DEFAULT_LOCALE : locale, false));
    }

    /** Binds an HTTP request's context, which remembers the host's reads until the request ends ({@link #read}). */
    public static Binding bindRequest(HostUser user, Locale locale) {
        return bind(new RequestContext(user, locale == null ? DEFAULT_LOCALE : locale, true));
    }

    private static Binding bind(RequestContext context) {
        RequestContext previous = CURRENT.get();
        CURRENT.set(context);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    public Optional<HostUser> user() {
        return Optional.ofNullable(user);
    }

    public boolean isAnonymous() {
        return user == null;
    }

    public Locale locale() {
        return locale;
    }

    public RequiredWebResources resources() {
        return resources;
    }

    /**
     * The host's read under {@code key}: in an HTTP request's context the first answer for the rest of the request
     * (until a write), elsewhere read each time. The answer must be immutable.
     */
    @SuppressWarnings("unchecked")
    public <T> T read(Object key, Supplier<T> read) {
        if (reads == null) {
            return read.get();
        }
        Object known = reads.get(key);
        if (known == null) {
            known = read.get();
            reads.put(key, known);
        }
        return (T) known;
    }

    /** Forgets the remembered reads: the host store wrote. */
    public void forgetReads() {
        if (reads != null) {
            reads.clear();
        }
    }

    @FunctionalInterface
    public interface Binding extends AutoCloseable {
        @Override
        void close();
    }
}
