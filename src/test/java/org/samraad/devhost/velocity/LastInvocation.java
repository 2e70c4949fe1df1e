package org.samraad.devhost.velocity;

/**
 * The result of the last method Velocity invoked on this thread and whether that method is HTML-safe. The
 * insertion handler reads it to decide about {@code $task.titleHtml}: a reference's value comes from the last
 * call of its chain, so identity with that call's result identifies it.
 *
 * <p>Confluence instead boxes HTML-safe results so the mark survives {@code #set} and collection elements; the
 * host drops the mark there and encodes, which is stricter, never weaker.
 *
 * <p>One holder per thread, overwritten and cleared in place: a page render makes thousands of calls, and a new
 * object and thread-local entry for each cost more than the call.
 */
final class LastInvocation {
    private static final ThreadLocal<LastInvocation> LAST = ThreadLocal.withInitial(LastInvocation::new);

    private boolean htmlSafe;
    private Object result;

    private LastInvocation() {}

    static void record(boolean htmlSafe, Object result) {
        LastInvocation last = LAST.get();
        last.htmlSafe = htmlSafe;
        last.result = result;
    }

    /** Whether the last invocation was of an HTML-safe method that produced {@code value}; forgets it either way. */
    static boolean takeProducedHtmlSafe(Object value) {
        LastInvocation last = LAST.get();
        boolean safe = last.htmlSafe && last.result == value;
        last.clearInPlace();
        return safe;
    }

    static void clear() {
        LAST.get().clearInPlace();
    }

    private void clearInPlace() {
        htmlSafe = false;
        result = null;
    }
}
