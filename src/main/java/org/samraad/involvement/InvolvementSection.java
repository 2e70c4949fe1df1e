package org.samraad.involvement;

import java.util.Map;
import org.samraad.council.Council;
import org.samraad.council.CouncilService;
import org.samraad.council.CouncilZone;
import org.samraad.platform.I18n;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.SpacePermissions;
import org.samraad.platform.TimeSource;
import org.samraad.platform.Validation;
import org.springframework.stereotype.Component;

/**
 * The involvement process as its macro shows it: what {@link InvolvementMacro} renders in a page, and what the live
 * page fetches after a save ({@code GET /councils/{id}/involvement/view?view=}) to put the process in the macro's
 * place without reloading. One view, so both show it alike.
 */
@Component
public class InvolvementSection {
    static final String TEMPLATE = "templates/involvement/involvement.vm";

    private final CouncilService councils;
    private final InvolvementReads reads;
    private final MacroRenderer renderer;
    private final TimeSource time;
    private final SpacePermissions permissions;
    private final I18n i18n;

    public InvolvementSection(CouncilService councils, InvolvementReads reads, MacroRenderer renderer,
            TimeSource time, SpacePermissions permissions, I18n i18n) {
        this.councils = councils;
        this.reads = reads;
        this.renderer = renderer;
        this.time = time;
        this.permissions = permissions;
        this.i18n = i18n;
    }

    InvolvementView view(Council council, InvolvementMacro.View view, boolean interactive) {
        return InvolvementView.of(reads.process(council), view,
                MacroRenderer.uniqueElementId("samraad-involvement-" + council.id()), CouncilZone.today(time, council),
                interactive && permissions.canEdit(council.spaceKey()), i18n);
    }

    /** The live page's process after a save (404 for a council the caller cannot view; an unknown view is status). */
    public String html(int councilId, String view) {
        InvolvementMacro.View parsed = Validation.isBlank(view) ? null
                : Validation.parse(view, InvolvementMacro.View.class);
        return renderer.renderFragment(TEMPLATE, Map.of("involvement", view(councils.get(councilId),
                parsed == null ? InvolvementMacro.View.STATUS : parsed, true)));
    }
}
