package org.samraad.involvement;

import java.util.List;

/** A held involvement with what we heard, for the plan's report; the easy-read version beside it. */
public record HeardView(
        String title,
        String formsText,
        String heldOn,
        String groupsText,
        String dimensionsText,
        List<String> findings,
        List<String> easyRead,
        String heldOnText) {

    public boolean hasEasyRead() {
        return !easyRead.isEmpty();
    }

    /** Velocity's {@code #if} asks for a view's text; a record's own formats every component (ViewRecordsTest). */
    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
