package org.samraad.council;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.samraad.platform.BlockMacro;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.OutputTypes;
import org.samraad.platform.SpacePermissions;

/**
 * {@code samraad-council}: the council's name, kind, purpose and key figures. Two SQL statements whatever the
 * council's size. With no council in the space, space administrators get a form to set one up; with one, they get
 * the council's settings form (in the live page only), so no setting needs a REST call.
 */
public class CouncilOverviewMacro extends BlockMacro {
    static final String TEMPLATE = CouncilOverviewSection.TEMPLATE;

    private final CouncilOverviewSection section;
    private final CouncilParameter councilParameter;
    private final SpacePermissions permissions;
    private final MacroRenderer renderer;

    public CouncilOverviewMacro(
            CouncilOverviewSection section,
            CouncilParameter councilParameter,
            SpacePermissions permissions,
            MacroRenderer renderer) {
        this.section = section;
        this.councilParameter = councilParameter;
        this.permissions = permissions;
        this.renderer = renderer;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        Optional<Council> council = councilParameter.resolve(parameters.get("council"), context);
        if (council.isPresent()) {
            return renderer.render(TEMPLATE, section.model(council.get(), OutputTypes.isInteractive(context)), context);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("canSetUp", OutputTypes.isInteractive(context) && permissions.canAdminister(context.getSpaceKey()));
        model.put("spaceKey", context.getSpaceKey() == null ? "" : context.getSpaceKey());
        model.put("kinds", Arrays.stream(CouncilKind.values()).map(Enum::name).toList());
        return renderer.render(TEMPLATE, model, context);
    }
}
