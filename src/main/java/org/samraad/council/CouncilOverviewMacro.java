package org.samraad.council;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.samraad.platform.I18n;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.OutputTypes;
import org.samraad.platform.PluginKeys;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.Templates;

/**
 * {@code samraad-council}: the council's name, kind, purpose and key figures. Two SQL statements whatever the
 * council's size. With no council in the space, space administrators get a form to set one up.
 */
public class CouncilOverviewMacro implements Macro {
    static final String TEMPLATE = "templates/council/council-overview.vm";

    private final CouncilService councils;
    private final SpacePermissions permissions;
    private final Templates templates;
    private final I18n i18n;
    private final PageBuilderService pageBuilder;

    public CouncilOverviewMacro(
            CouncilService councils,
            SpacePermissions permissions,
            Templates templates,
            I18n i18n,
            @ComponentImport PageBuilderService pageBuilder) {
        this.councils = councils;
        this.permissions = permissions;
        this.templates = templates;
        this.i18n = i18n;
        this.pageBuilder = pageBuilder;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        boolean interactive = OutputTypes.isInteractive(context);
        Optional<Council> council = find(parameters.get("council"), context.getSpaceKey());
        Map<String, Object> model = new HashMap<>();
        model.put("t", i18n.texts("samraad."));
        model.put("interactive", interactive);
        council.ifPresent(c -> model.put("council", CouncilOverviewView.of(c, councils.counts(c))));
        boolean canSetUp = council.isEmpty() && interactive && permissions.canAdminister(context.getSpaceKey());
        model.put("canSetUp", canSetUp);
        model.put("spaceKey", context.getSpaceKey() == null ? "" : context.getSpaceKey());
        model.put("kinds", Arrays.stream(CouncilKind.values()).map(Enum::name).toList());
        if (interactive) {
            pageBuilder.assembler().resources().requireWebResource(PluginKeys.WEB_RESOURCES);
        }
        return templates.render(TEMPLATE, model);
    }

    private Optional<Council> find(String councilParameter, String spaceKey) throws MacroExecutionException {
        if (councilParameter == null || councilParameter.isBlank()) {
            return councils.inSpace(spaceKey);
        }
        try {
            return Optional.of(councils.get(Integer.parseInt(councilParameter.trim())));
        } catch (NumberFormatException e) {
            throw new MacroExecutionException(i18n.text("samraad.council.macro.bad-parameter"));
        } catch (NotFoundException e) {
            throw new MacroExecutionException(i18n.text("samraad.council.macro.not-found"));
        }
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
