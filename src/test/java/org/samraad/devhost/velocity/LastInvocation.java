package org.samraad.devhost.velocity;

/**
 * The result of the last method Velocity invoked on this thread and whether that method is HTML-safe. The
 * insertion handler reads it to decide about {@code $task.titleHtml}: a reference's value comes from the last
 * call of its chain, so identity with that call's result identifies it.
 *
 * <p>Confluence instead boxes HTML-safe results so the mark survives {@code #set} and collection elements; the
 * host drops the mark there and encodes, which is stricter, never weaker.
 */
final class LastInvocation {
    private static final ThreadLocal<LastInvocation> LAST = new ThreadLocal<>();

    private final boolean htmlSafe;
    private final Object result;

    private LastInvocation(boolean htmlSafe, Object result) {
        this.htmlSafe = htmlSafe;
        this.result = result;
    }

    static void record(boolean htmlSafe, Object result) {
        LAST.set(new LastInvocation(htmlSafe, result));
    }

    /** Returns and forgets the last invocation. */
    static LastInvocation take() {
        LastInvocation last = LAST.get();
        LAST.remove();
        return last;
    }

    static void clear() {
        LAST.remove();
    }

    boolean producedHtmlSafe(Object value) {
        return htmlSafe && result == value;
    }
}
