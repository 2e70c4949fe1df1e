package org.samraad.council;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.samraad.platform.ContentLanguage;
import org.samraad.platform.I18n;
import org.samraad.platform.MacroRenderer;
import org.springframework.stereotype.Component;

/**
 * The council overview as its macro shows it: what {@link CouncilOverviewMacro} renders in a page, and what the live
 * page fetches after the council settings are saved ({@code GET /councils/{id}/overview/view}) to put the overview in
 * the macro's place without reloading. One view, so both show it alike. Two statements: the council, its counts.
 */
@Component
public class CouncilOverviewSection {
    static final String TEMPLATE = "templates/council/council-overview.vm";

    private final CouncilService councils;
    private final MacroRenderer renderer;
    private final I18n i18n;

    public CouncilOverviewSection(CouncilService councils, MacroRenderer renderer, I18n i18n) {
        this.councils = councils;
        this.renderer = renderer;
        this.i18n = i18n;
    }

    /** The template's model for a council; its settings form only in the live page and for its administrators. */
    Map<String, Object> model(Council council, boolean interactive) {
        Map<String, Object> model = new HashMap<>();
        model.put("council", CouncilOverviewView.of(council, councils.counts(council)));
        model.put("contentLang", ContentLanguage.of(council.locale(), i18n));
        if (interactive && councils.canAdminister(council)) {
            model.put("settings", CouncilSettingsView.of(council, i18n));
            model.put("settingsId", MacroRenderer.uniqueElementId("samraad-council-settings-" + council.id()));
        }
        model.put("canSetUp", false);
        model.put("spaceKey", council.spaceKey());
        model.put("kinds", Arrays.stream(CouncilKind.values()).map(Enum::name).toList());
        return model;
    }

    /** The live page's overview after a change (404 for a council the caller cannot view). */
    public String html(int councilId) {
        return renderer.renderFragment(TEMPLATE, model(councils.get(councilId), true));
    }
}
