package org.samraad.hearing;

import java.util.Map;
import java.util.regex.Pattern;
import org.samraad.platform.I18n;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The head of a hearing response page as {@link HearingMacro} renders it, for the live page to put in the macro's
 * place after a save ({@code GET /hearings/{id}/view}): one view, so the page after a change reads exactly as it
 * would after a reload, without one. 404 for a hearing the caller cannot view, as {@code GET /hearings/{id}}.
 */
@Component
public class HearingSection {
    /** The element id the page gave the macro, kept so labels and links inside it still point at it. */
    private static final Pattern DOM_ID = Pattern.compile("samraad-hearing-[A-Za-z0-9-]{1,60}");

    private final HearingReads hearings;
    private final MacroRenderer renderer;
    private final I18n i18n;

    public HearingSection(HearingReads hearings, MacroRenderer renderer, I18n i18n) {
        this.hearings = hearings;
        this.renderer = renderer;
        this.i18n = i18n;
    }

    public String html(int hearingId, String domId) {
        ShownHearing shown = hearings.shown(hearingId, null).orElseThrow(NotFoundException::new);
        String id = domId != null && DOM_ID.matcher(domId).matches() ? domId
                : MacroRenderer.uniqueElementId("samraad-hearing-" + hearingId);
        return renderer.renderFragment(HearingMacro.TEMPLATE,
                Map.of("hearing", HearingView.of(shown, true, id, i18n)));
    }
}
