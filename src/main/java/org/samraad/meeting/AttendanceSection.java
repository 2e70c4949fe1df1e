package org.samraad.meeting;

import java.util.HashMap;
import java.util.Map;
import org.samraad.platform.I18n;
import org.samraad.platform.MacroRenderer;
import org.springframework.stereotype.Component;

/**
 * A meeting's attendance as {@link AttendanceMacro} renders it in a page, and as the live page fetches it after a
 * save or a step of the meeting ({@code GET /meetings/{id}/attendance/view}) to put in the macro's place without
 * reloading: one view, so both show it alike. Three statements: the meeting with its council and the reader's
 * standing, the members, the attendance rows.
 */
@Component
public class AttendanceSection {
    static final String TEMPLATE = "templates/meeting/attendance.vm";

    private final MeetingAccess access;
    private final AttendanceService attendance;
    private final MacroRenderer renderer;
    private final I18n i18n;

    public AttendanceSection(MeetingAccess access, AttendanceService attendance, MacroRenderer renderer, I18n i18n) {
        this.access = access;
        this.attendance = attendance;
        this.renderer = renderer;
        this.i18n = i18n;
    }

    /** The template's model for a meeting the caller holds; the form only in the live page, for editors. */
    Map<String, Object> model(MeetingContext m, boolean interactive) {
        Map<String, Object> model = new HashMap<>();
        // approved minutes state who was there: no editing until they are reopened (the service refuses it too)
        boolean editable = interactive && m.viewer().editor() && !m.meeting().status().decisionsLocked();
        if (MeetingDisclosure.of(m).record()) {
            model.put("attendance", AttendanceView.of(m, attendance.of(m), editable,
                    MacroRenderer.uniqueElementId("samraad-attendance-" + m.meeting().id()), i18n.remembering()));
        } else {
            model.put("withheld", Boolean.TRUE);
        }
        return model;
    }

    /** The live page's attendance of the meeting, as HTML to put in the macro's place (404 as GET /meetings/{id}). */
    public String html(int meetingId) {
        return renderer.renderFragment(TEMPLATE, model(access.view(meetingId), true));
    }

    /** The quorum and its sentence for attendance being entered (see {@link AttendanceService#preview}). */
    public QuorumPreview preview(int meetingId, AttendanceInput input) {
        Quorum quorum = attendance.preview(meetingId, input);
        return QuorumPreview.of(quorum, AttendanceView.quorumText(quorum, i18n));
    }
}
