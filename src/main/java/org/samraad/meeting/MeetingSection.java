package org.samraad.meeting;

import java.util.Map;
import org.samraad.council.MemberVisibility;
import org.samraad.platform.I18n;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.PagePermissions;
import org.springframework.stereotype.Component;

/**
 * The meeting header as {@link MeetingMacro} renders it in a page, and as the live page fetches it after a change
 * ({@code GET /meetings/{id}/view}) to put in the header's place without reloading: one view, so both show the
 * meeting alike. Three statements: the meeting with its council and the reader's standing, its previous and its
 * next meeting.
 */
@Component
public class MeetingSection {
    static final String TEMPLATE = "templates/meeting/meeting.vm";

    private final MeetingAccess access;
    private final MeetingNeighboursQuery neighbours;
    private final PagePermissions pages;
    private final MeetingLinks links;
    private final MemberVisibility visibility;
    private final MacroRenderer renderer;
    private final I18n i18n;

    public MeetingSection(MeetingAccess access, MeetingNeighboursQuery neighbours, PagePermissions pages,
            MeetingLinks links, MemberVisibility visibility, MacroRenderer renderer, I18n i18n) {
        this.access = access;
        this.neighbours = neighbours;
        this.pages = pages;
        this.links = links;
        this.visibility = visibility;
        this.renderer = renderer;
        this.i18n = i18n;
    }

    /** The header of a meeting the caller holds; steps and forms only in the live page, for those who may. */
    MeetingView view(MeetingContext m, boolean interactive) {
        boolean editable = interactive && m.viewer().secretariat();
        // a neighbour whose page the reader may not view is not named (its title and date are the page's)
        return MeetingView.of(m, neighbours.previous(m.meeting()).filter(this::viewable),
                neighbours.next(m.meeting()).filter(this::viewable), editable,
                interactive && m.viewer().editor(), links, visibility, i18n.remembering());
    }

    /** The live page's header of the meeting, as HTML to put in the macro's place (404 as GET /meetings/{id}). */
    public String html(int meetingId) {
        return renderer.renderFragment(TEMPLATE, Map.of("meeting", view(access.view(meetingId), true)));
    }

    private boolean viewable(MeetingNeighboursQuery.Neighbour neighbour) {
        return pages.canView(neighbour.pageId());
    }
}
