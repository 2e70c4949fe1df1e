package org.samraad.devhost.velocity;

/**
 * The result of the last method Velocity invoked on this thread and whether that method is HTML-safe. The
 * insertion handler reads it to decide about {@code $task.titleHtml}: a reference's value comes from the last
 * call of its chain, so identity with that call's result identifies it.
 *
 * <p>Confluence instead boxes HTML-safe results so the mark survives {@code #set} and collection elements; the
 * host drops the mark there and encodes, which is stricter, never weaker.
 *
 * <p>One holder per thread, overwritten by each call: a template makes a call for nearly every value it writes,
 * and setting and removing a thread-local entry each time showed in a page view's profile.
 */
final class LastInvocation {
    private static final ThreadLocal<LastInvocation> LAST = ThreadLocal.withInitial(LastInvocation::new);

    private boolean recorded;
    private boolean htmlSafe;
    private Object result;

    private LastInvocation() {}

    static void record(boolean htmlSafe, Object result) {
        LastInvocation last = LAST.get();
        last.recorded = true;
        last.htmlSafe = htmlSafe;
        last.result = result;
    }

    /** Whether the last invocation, if one is recorded, produced {@code value} HTML-safe; forgets it either way. */
    static boolean takeProducedHtmlSafe(Object value) {
        LastInvocation last = LAST.get();
        boolean safe = last.recorded && last.htmlSafe && last.result == value;
        last.forget();
        return safe;
    }

    static void clear() {
        LAST.get().forget();
    }

    private void forget() {
        recorded = false;
        htmlSafe = false;
        result = null; // no render's value stays reachable from the thread
    }
}
