package org.samraad.meeting;

import java.util.HashMap;
import java.util.Map;
import org.samraad.platform.I18n;
import org.samraad.platform.MacroRenderer;
import org.springframework.stereotype.Component;

/**
 * A meeting's requests for agenda items as their macro shows them: what {@link AgendaRequestsMacro} renders in a
 * page, and what the live page's script fetches after a request is made or answered
 * ({@code GET /meetings/{id}/agenda-requests/view}) to put in the macro's place instead of reloading the page. One
 * view, so both show the requests alike.
 */
@Component
public class AgendaRequestsSection {
    static final String TEMPLATE = "templates/meeting/agenda-requests.vm";

    private final MeetingAccess meetings;
    private final AgendaRequestService requests;
    private final MacroRenderer renderer;
    private final I18n i18n;

    public AgendaRequestsSection(MeetingAccess meetings, AgendaRequestService requests, MacroRenderer renderer,
            I18n i18n) {
        this.meetings = meetings;
        this.requests = requests;
        this.renderer = renderer;
        this.i18n = i18n;
    }

    /** The template's model; null when the minutes are approved (they record what was decided, not what was asked). */
    Map<String, Object> model(MeetingContext m, boolean interactive) {
        if (m.meeting().status().decisionsLocked()) {
            return null;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("requests", AgendaRequestsView.of(m, requests.list(m), interactive,
                MacroRenderer.uniqueElementId("samraad-agenda-requests-" + m.meeting().id()), i18n.remembering()));
        return model;
    }

    /** The live page's requests section as HTML (404 for a meeting the caller cannot view; empty once approved). */
    public String html(int meetingId) {
        Map<String, Object> model = model(meetings.view(meetingId), true);
        return model == null ? "" : renderer.renderFragment(TEMPLATE, model);
    }
}
