package org.samraad.meeting;

import java.util.List;
import org.samraad.platform.OptionView;

/**
 * One member's row of the attendance table, as text the template only prints.
 *
 * @param status the recorded status's API name, or "" when nothing is recorded (the inline editor's select)
 * @param statusText the status in words, or "Not recorded": status is never shown by colour alone
 * @param substituteId the substitute who came, as text for the select, or ""
 * @param substituteName that substitute's name, or null
 * @param substituteOptions who may stand in for this member (editors only)
 * @param statusLabel the accessible name of the row's status select, e.g. "Attendance of Karin Holm"
 * @param substituteLabel the accessible name of the row's substitute select
 * @param alsoText at a joint meeting, the other bodies the person sits in ("Also in …"), or null
 * @param noteTakerText "takes the notes" on the meeting's note-taker's row, else null
 */
public record AttendanceRowView(
        int memberId,
        String name,
        boolean nameHidden,
        String roleText,
        String organisation,
        String status,
        String statusText,
        String substituteId,
        String substituteName,
        List<OptionView> substituteOptions,
        String statusLabel,
        String substituteLabel,
        String alsoText,
        String noteTakerText) {
    public AttendanceRowView {
        substituteOptions = List.copyOf(substituteOptions);
    }

    /** Velocity's {@code #if} asks for a view's text; a record's own formats every component (ViewRecordsTest). */
    @Override
    public String toString() {
        return getClass().getSimpleName();
    }

    /**
     * The element id of this member in the attendance list whose id is {@code sectionId}. Not an interpolated
     * string literal in the template: Velocity parses one again each time it is evaluated, once per member.
     */
    public String domId(String sectionId) {
        return sectionId + "-member-" + memberId;
    }
}
