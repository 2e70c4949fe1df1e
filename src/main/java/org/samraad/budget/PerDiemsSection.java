package org.samraad.budget;

import java.util.Map;
import org.samraad.platform.I18n;
import org.samraad.platform.MacroRenderer;
import org.springframework.stereotype.Component;

/**
 * A meeting's per-diem list as its macro shows it: what {@link PerDiemsMacro} renders in a page, and what the live
 * page fetches after approving or reopening it ({@code GET /meetings/{id}/per-diems/view}) to put in the macro's
 * place without reloading. One view, so both show it alike; the secretariat only, as the list itself.
 */
@Component
public class PerDiemsSection {
    static final String TEMPLATE = "templates/budget/per-diems.vm";

    private final PerDiemService perDiems;
    private final MacroRenderer renderer;
    private final I18n i18n;

    public PerDiemsSection(PerDiemService perDiems, MacroRenderer renderer, I18n i18n) {
        this.perDiems = perDiems;
        this.renderer = renderer;
        this.i18n = i18n;
    }

    PerDiemsView view(PerDiemList list, boolean interactive) {
        return PerDiemsView.of(list, MacroRenderer.uniqueElementId("samraad-per-diems-" + list.meetingId()),
                interactive, i18n);
    }

    /** The live page's list after a change (403 outside the secretariat, 404 for a meeting the caller cannot view). */
    public String html(int meetingId) {
        return renderer.renderFragment(TEMPLATE, Map.of("perDiems", view(perDiems.list(meetingId), true)));
    }
}
