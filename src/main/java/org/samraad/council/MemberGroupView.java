package org.samraad.council;

import java.util.List;

/** One table of the members macro: the members of one seat or one role. */
public record MemberGroupView(String heading, String caption, List<MemberLineView> members) {
    public MemberGroupView {
        members = List.copyOf(members);
    }

    /** Velocity's {@code #if} asks for a view's text; a record's own formats every component (ViewRecordsTest). */
    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
