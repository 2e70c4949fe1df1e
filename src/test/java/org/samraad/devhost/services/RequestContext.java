package org.samraad.devhost.services;

import java.util.Locale;
import java.util.Optional;

/**
 * Who is asking and in which language, bound to the request thread (Confluence's
 * AuthenticatedUserThreadLocal plus the user's locale setting), and the web resources the request's macros
 * required. Code running outside a request (start-up, seeding) sees anonymous, English, and a throw-away
 * resource list.
 */
public final class RequestContext {
    public static final Locale DEFAULT_LOCALE = Locale.ENGLISH;
    private static final ThreadLocal<RequestContext> CURRENT = new ThreadLocal<>();

    private final HostUser user;
    private final Locale locale;
    private final RequiredWebResources resources = new RequiredWebResources();

    private RequestContext(HostUser user, Locale locale) {
        this.user = user;
        this.locale = locale;
    }

    public static RequestContext current() {
        RequestContext context = CURRENT.get();
        return context != null ? context : new RequestContext(null, DEFAULT_LOCALE);
    }

    /** Binds for the duration of a try-with-resources block; restores what was bound before. */
    public static Binding bind(HostUser user, Locale locale) {
        RequestContext previous = CURRENT.get();
        CURRENT.set(new RequestContext(user, locale == null ? DEFAULT_LOCALE : locale));
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

    @FunctionalInterface
    public interface Binding extends AutoCloseable {
        @Override
        void close();
    }
}
