package org.samraad.council;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.samraad.platform.MacroRenderer;
import org.springframework.stereotype.Component;

/**
 * The overview of offers as its macro shows it: what {@link OrganisationsMacro} renders in a page, and what the live
 * page fetches after a change ({@code GET /organisations/view?spaceKey=&kind=}) to put the directory in the macro's
 * place without reloading. One view, so both show it alike. One statement.
 */
@Component
public class OrganisationsSection {
    static final String TEMPLATE = "templates/council/organisations.vm";

    private final OrganisationService organisations;
    private final MacroRenderer renderer;

    public OrganisationsSection(OrganisationService organisations, MacroRenderer renderer) {
        this.organisations = organisations;
        this.renderer = renderer;
    }

    /** The template's model for a space's organisations (of one kind, or all when null). */
    Map<String, Object> model(String spaceKey, OrganisationKind kind, boolean interactive) {
        OrganisationPage page = organisations.list(OrganisationQuery.all(spaceKey, kind));
        Map<String, Object> model = new HashMap<>();
        List<OrganisationGroupView> groups = OrganisationGroupView.group(page.items());
        model.put("groups", groups);
        model.put("hasGroups", !groups.isEmpty());
        model.put("canEdit", interactive && organisations.canEdit(spaceKey));
        model.put("spaceKey", spaceKey);
        model.put("kindFilter", kind == null ? "" : kind.name());
        model.put("kinds", Arrays.stream(OrganisationKind.values()).map(Enum::name).toList());
        // element ids must be unique on the page, which may hold the macro twice
        model.put("idPrefix", MacroRenderer.uniqueElementId("samraad-orgs"));
        return model;
    }

    /** The live page's directory after a change (404 for a space the caller cannot view, 400 for a wrong kind). */
    public String html(String spaceKey, String kind) {
        OrganisationKind parsed = OrganisationQuery.parse(spaceKey, kind, null, null).kind();
        return renderer.renderFragment(TEMPLATE, model(spaceKey, parsed, true));
    }
}
