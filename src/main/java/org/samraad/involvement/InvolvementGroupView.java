package org.samraad.involvement;

import java.util.List;

/** The actors of one status, e.g. "Held (8)". */
public record InvolvementGroupView(String status, String heading, List<InvolvementLineView> actors) {
    /** Velocity's {@code #if} asks for a view's text; a record's own formats every component (ViewRecordsTest). */
    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
