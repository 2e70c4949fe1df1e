package org.samraad.plan;

import java.util.Locale;
import java.util.Map;
import org.samraad.council.Council;
import org.samraad.council.CouncilService;
import org.samraad.council.CouncilZone;
import org.samraad.platform.I18n;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.TimeSource;
import org.springframework.stereotype.Component;

/**
 * The first-day checklist as its macro shows it: what {@link GettingStartedMacro} renders in a page, and what the
 * live page fetches after a change elsewhere on it ({@code GET /councils/{id}/getting-started/view}), so a job ticks
 * itself off without a reload. Empty for anyone but the space's administrators and once every job is done.
 */
@Component
public class GettingStartedSection {
    static final String TEMPLATE = "templates/plan/getting-started.vm";

    private final CouncilService councils;
    private final GettingStartedQuery query;
    private final SpacePermissions permissions;
    private final MacroRenderer renderer;
    private final TimeSource time;
    private final I18n i18n;

    public GettingStartedSection(CouncilService councils, GettingStartedQuery query, SpacePermissions permissions,
            MacroRenderer renderer, TimeSource time, I18n i18n) {
        this.councils = councils;
        this.query = query;
        this.permissions = permissions;
        this.renderer = renderer;
        this.time = time;
        this.i18n = i18n;
    }

    /** The template's model, or null when there is nothing to show to this reader. */
    Map<String, Object> model(Council council) {
        if (!permissions.canAdminister(council.spaceKey())) {
            return null;
        }
        int year = CouncilZone.today(time, council).getYear();
        GettingStartedCounts counts = query.counts(council.id(), year, CouncilZone.forLocale(council.locale()));
        if (counts.allDone()) {
            return null;
        }
        return Map.of("start", GettingStartedView.of(counts, year,
                MacroRenderer.uniqueElementId("samraad-getting-started-" + council.id()),
                i18n.in(Locale.forLanguageTag(council.locale()))), "councilId", council.id());
    }

    /** The live page's checklist now (404 for a council the caller cannot view); empty when there is none. */
    public String html(int councilId) {
        Map<String, Object> model = model(councils.get(councilId));
        return model == null ? "" : renderer.renderFragment(TEMPLATE, model);
    }
}
