package org.samraad.meeting;

import java.util.List;

/**
 * One body's part of the attendance table: at a joint meeting each council's members under the council's name, the
 * meeting's own first; at a council's own meeting one part headed "Members".
 *
 * @param headingId the element id of the part's heading (the table is labelled by it)
 */
public record AttendanceBodyView(String heading, String headingId, String caption, List<AttendanceRowView> rows) {
    public AttendanceBodyView {
        rows = List.copyOf(rows);
    }

    public boolean hasRows() {
        return !rows.isEmpty();
    }

    /** Velocity's {@code #if} asks for a view's text; a record's own formats every component (ViewRecordsTest). */
    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
