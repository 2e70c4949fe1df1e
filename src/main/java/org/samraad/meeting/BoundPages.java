package org.samraad.meeting;

/**
 * Rows other than meetings that bind a Confluence page (hearings), so {@link PageBindings} keeps one meeting or
 * hearing per page without knowing the features above meeting. Implemented by each such feature as a component.
 */
public interface BoundPages {
    /** Which binder's rows these are: a binder's own row does not take its page from itself. */
    PageBindings.Binder binder();

    /** Whether a row other than {@code exceptId} (0 for none) binds the page. Inside the write, through AO. */
    boolean bound(long pageId, int exceptId);
}
