package org.samraad.council;

import static org.samraad.platform.Validation.isBlank;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
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
    static final String TEMPLATE = "templates/council/organisations.vm";

    private final OrganisationService organisations;
    private final MacroRenderer renderer;
    private final I18n i18n;

    public OrganisationsMacro(OrganisationService organisations, MacroRenderer renderer, I18n i18n) {
        this.organisations = organisations;
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
        OrganisationPage page;
        try {
            page = organisations.list(OrganisationQuery.all(spaceKey, kind));
        } catch (NotFoundException e) {
            throw new MacroExecutionException(i18n.text("samraad.organisation.macro.space-not-found"));
        }
        boolean interactive = OutputTypes.isInteractive(context);
        boolean canEdit = interactive && organisations.canEdit(spaceKey);
        Map<String, Object> model = new HashMap<>();
        List<OrganisationGroupView> groups = OrganisationGroupView.group(page.items());
        model.put("groups", groups);
        model.put("hasGroups", !groups.isEmpty());
        model.put("canEdit", canEdit);
        model.put("spaceKey", spaceKey);
        model.put("kindFilter", kind == null ? "" : kind.name());
        model.put("kinds", Arrays.stream(OrganisationKind.values()).map(Enum::name).toList());
        // element ids must be unique on the page, which may hold the macro twice
        model.put("idPrefix", MacroRenderer.uniqueElementId("samraad-orgs"));
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
