package org.samraad.plan;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.samraad.council.Council;
import org.samraad.council.CouncilParameter;
import org.samraad.council.CouncilZone;
import org.samraad.platform.BlockMacro;
import org.samraad.platform.I18n;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.OutputTypes;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.TimeSource;

/**
 * {@code samraad-getting-started}: a new council's first-day checklist on its space home — seats, members, plan the
 * year, the first meeting — each ticked off by itself from the council's data ({@link GettingStartedCounts}), each
 * job not yet done linking to where it is done on the page. For the secretary (space administrators) in the live
 * page only; nothing once every job is done. In the council's language. Two statements: the council, the counts.
 */
public class GettingStartedMacro extends BlockMacro {
    static final String TEMPLATE = "templates/plan/getting-started.vm";

    private final CouncilParameter councilParameter;
    private final GettingStartedQuery query;
    private final SpacePermissions permissions;
    private final MacroRenderer renderer;
    private final TimeSource time;
    private final I18n i18n;

    public GettingStartedMacro(CouncilParameter councilParameter, GettingStartedQuery query,
            SpacePermissions permissions, MacroRenderer renderer, TimeSource time, I18n i18n) {
        this.councilParameter = councilParameter;
        this.query = query;
        this.permissions = permissions;
        this.renderer = renderer;
        this.time = time;
        this.i18n = i18n;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        if (!OutputTypes.isInteractive(context)) {
            return "";
        }
        Optional<Council> council = councilParameter.resolve(null, context.getSpaceKey());
        if (council.isEmpty() || !permissions.canAdminister(council.get().spaceKey())) {
            return "";
        }
        Council c = council.get();
        int year = CouncilZone.today(time, c).getYear();
        GettingStartedCounts counts = query.counts(c.id(), year, CouncilZone.forLocale(c.locale()));
        if (counts.allDone()) {
            return "";
        }
        Map<String, Object> model = new HashMap<>();
        model.put("start", GettingStartedView.of(counts, year,
                MacroRenderer.uniqueElementId("samraad-getting-started-" + c.id()),
                i18n.in(Locale.forLanguageTag(c.locale()))));
        return renderer.render(TEMPLATE, model, context);
    }
}
