package org.samraad.council;

import static org.samraad.platform.Validation.isBlank;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.Map;
import org.samraad.platform.BlockMacro;
import org.samraad.platform.I18n;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.OutputTypes;
import org.samraad.platform.Validation;

/**
 * {@code samraad-organisations}: the "overview of offers", a space's organisations grouped by kind with what
 * they offer, for whom and a functional contact. Static HTML in every output type, one SQL statement; in the
 * live page view, editors of the space also get add, edit and delete controls that work through the REST API.
 */
public class OrganisationsMacro extends BlockMacro {
    static final String TEMPLATE = OrganisationsSection.TEMPLATE;

    private final OrganisationsSection section;
    private final MacroRenderer renderer;
    private final I18n i18n;

    public OrganisationsMacro(OrganisationsSection section, MacroRenderer renderer, I18n i18n) {
        this.section = section;
        this.renderer = renderer;
        this.i18n = i18n;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        OrganisationKind kind = kind(parameters.get("kind"));
        String spaceKey = isBlank(parameters.get("space")) ? context.getSpaceKey() : parameters.get("space").trim();
        if (spaceKey == null) {
            // outside a space (e.g. a global template) there is nothing to show; never fall back to every space
            throw new MacroExecutionException(i18n.text("samraad.organisation.macro.space-not-found"));
        }
        Map<String, Object> model;
        try {
            model = section.model(spaceKey, kind, OutputTypes.isInteractive(context));
        } catch (NotFoundException e) {
            throw new MacroExecutionException(i18n.text("samraad.organisation.macro.space-not-found"));
        }
        return renderer.render(TEMPLATE, model, context);
    }

    private OrganisationKind kind(String parameter) throws MacroExecutionException {
        if (isBlank(parameter)) {
            return null;
        }
        OrganisationKind kind = Validation.parse(parameter, OrganisationKind.class);
        if (kind == null) {
            throw new MacroExecutionException(i18n.text("samraad.organisation.macro.bad-kind"));
        }
        return kind;
    }
}
