package org.samraad.council;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.samraad.platform.BlockMacro;
import org.samraad.platform.I18n;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.OutputTypes;
import org.samraad.platform.SpacePermissions;

/**
 * {@code samraad-council}: the council's name, kind, purpose and key figures. Two SQL statements whatever the
 * council's size. With no council in the space, space administrators get a form to set one up; with one, they get
 * the council's settings form (in the live page only), so no setting needs a REST call.
 */
public class CouncilOverviewMacro extends BlockMacro {
    static final String TEMPLATE = "templates/council/council-overview.vm";

    private final CouncilService councils;
    private final CouncilParameter councilParameter;
    private final SpacePermissions permissions;
    private final MacroRenderer renderer;
    private final I18n i18n;

    public CouncilOverviewMacro(
            CouncilService councils,
            CouncilParameter councilParameter,
            SpacePermissions permissions,
            MacroRenderer renderer,
            I18n i18n) {
        this.councils = councils;
        this.councilParameter = councilParameter;
        this.permissions = permissions;
        this.renderer = renderer;
        this.i18n = i18n;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        Optional<Council> council = councilParameter.resolve(parameters.get("council"), context.getSpaceKey());
        Map<String, Object> model = new HashMap<>();
        council.ifPresent(c -> model.put("council", CouncilOverviewView.of(c, councils.counts(c))));
        council.filter(c -> OutputTypes.isInteractive(context) && councils.canAdminister(c))
                .ifPresent(c -> {
                    model.put("settings", CouncilSettingsView.of(c, i18n));
                    model.put("settingsId", MacroRenderer.uniqueElementId("samraad-council-settings-" + c.id()));
                });
        boolean canSetUp = council.isEmpty() && OutputTypes.isInteractive(context)
                && permissions.canAdminister(context.getSpaceKey());
        model.put("canSetUp", canSetUp);
        model.put("spaceKey", context.getSpaceKey() == null ? "" : context.getSpaceKey());
        model.put("kinds", Arrays.stream(CouncilKind.values()).map(Enum::name).toList());
        return renderer.render(TEMPLATE, model, context);
    }
}
