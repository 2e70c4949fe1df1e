package org.samraad.council;

/**
 * One row of the members macro. {@code kind} is the column that is not the grouping: the role when grouped by
 * seat, the seat when grouped by role. Dates are ISO or null; the private fields are null unless the viewer may
 * see them (decided by {@link MemberVisibility}, not here); the {@code …Text} fields are the days as a table cell
 * shows them to the reader.
 */
public record MemberLineView(
        int id,
        int version,
        String name,
        boolean nameHidden,
        String kind,
        String organisation,
        String termStart,
        String termEnd,
        String substituteFor,
        String perDiem,
        String email,
        String phone,
        String postalAddress,
        String termStartText,
        String termEndText) {}
