package org.samraad.involvement;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.samraad.council.Council;
import org.samraad.council.CouncilParameter;
import org.samraad.platform.BlockMacro;
import org.samraad.platform.I18n;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.OutputTypes;
import org.samraad.platform.Validation;

/**
 * {@code samraad-involvement}: a council's involvement process in one of four views: the actors by status, the
 * coverage matrix of dimension by target group with the gaps in words, the timeline to the deadline, and "what we
 * heard" for the plan's report. Static, accessible HTML in every output type. Three SQL statements whatever the
 * number of actors: the council, the process, the actors. In the live page, space editors of the council's space also
 * get, in the status view, forms to add, change and delete actors and to set the process (saved through the REST
 * API with the versions read, so the service's permission checks and field errors stay the only rules).
 */
public class InvolvementMacro extends BlockMacro {
    static final String TEMPLATE = InvolvementSection.TEMPLATE;

    /** The views, by their parameter value. */
    enum View {
        STATUS, COVERAGE, TIMELINE, HEARD;

        String parameter() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final CouncilParameter councilParameter;
    private final InvolvementSection section;
    private final MacroRenderer renderer;
    private final I18n i18n;

    public InvolvementMacro(CouncilParameter councilParameter, InvolvementSection section, MacroRenderer renderer,
            I18n i18n) {
        this.councilParameter = councilParameter;
        this.section = section;
        this.renderer = renderer;
        this.i18n = i18n;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        String viewParameter = parameters.get("view");
        View view = Validation.isBlank(viewParameter) ? View.STATUS : Validation.parse(viewParameter, View.class);
        if (view == null) {
            throw new MacroExecutionException(i18n.text("samraad.involvement.macro.bad-view"));
        }
        Optional<Council> council = councilParameter.resolve(parameters.get("council"), context.getSpaceKey());
        Map<String, Object> model = new HashMap<>();
        council.ifPresent(c -> model.put("involvement", section.view(c, view, OutputTypes.isInteractive(context))));
        return renderer.render(TEMPLATE, model, context);
    }
}
