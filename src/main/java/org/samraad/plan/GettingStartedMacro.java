package org.samraad.plan;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.Map;
import java.util.Optional;
import org.samraad.council.Council;
import org.samraad.council.CouncilParameter;
import org.samraad.platform.BlockMacro;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.OutputTypes;

/**
 * {@code samraad-getting-started}: a new council's first-day checklist on its space home — seats, members, plan the
 * year, the first meeting — each ticked off by itself from the council's data ({@link GettingStartedCounts}), each
 * job not yet done linking to where it is done on the page. For the secretary (space administrators) in the live
 * page only; nothing once every job is done. In the council's language. Two statements: the council, the counts.
 */
public class GettingStartedMacro extends BlockMacro {
    static final String TEMPLATE = GettingStartedSection.TEMPLATE;

    private final CouncilParameter councilParameter;
    private final GettingStartedSection section;
    private final MacroRenderer renderer;

    public GettingStartedMacro(CouncilParameter councilParameter, GettingStartedSection section,
            MacroRenderer renderer) {
        this.councilParameter = councilParameter;
        this.section = section;
        this.renderer = renderer;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        if (!OutputTypes.isInteractive(context)) {
            return "";
        }
        Optional<Council> council = councilParameter.resolve(null, context);
        Map<String, Object> model = council.map(section::model).orElse(null);
        if (model == null) {
            return "";
        }
        return renderer.render(TEMPLATE, model, context);
    }
}
