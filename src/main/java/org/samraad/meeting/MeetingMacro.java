package org.samraad.meeting;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.samraad.council.MemberVisibility;
import org.samraad.platform.BlockMacro;
import org.samraad.platform.I18n;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.OutputTypes;
import org.samraad.platform.PagePermissions;
import org.samraad.platform.PluginKeys;

/**
 * {@code samraad-meeting}: the header of a meeting page. Kind, date and time, place, status in words, whether the
 * meeting is public, the request and dispatch deadlines (and whether the agenda went out on time), who approved the
 * minutes and when, links to the council's previous and next meeting, and the meeting as a calendar file. In the
 * live page, the council's secretariat also gets the next steps of the meeting's life as buttons.
 *
 * <p>The meeting is the one recorded for the page being rendered, or the one the {@code meeting} parameter names.
 * A page without a meeting says so in words (a page made before its meeting record, or a copied page).
 *
 * <p>Three SQL statements: the meeting with its council and the reader's standing, its previous and its next
 * meeting.
 */
public class MeetingMacro extends BlockMacro {
    static final String TEMPLATE = "templates/meeting/meeting.vm";
    /** The workflow buttons' script and the header's styles, on top of the shared macro resources. */
    public static final String WEB_RESOURCES = PluginKeys.PLUGIN_KEY + ":samraad-meeting-resources";

    private final MeetingParameter meetingParameter;
    private final MeetingNeighboursQuery neighbours;
    private final PagePermissions pages;
    private final MeetingLinks links;
    private final MemberVisibility visibility;
    private final MacroRenderer renderer;
    private final I18n i18n;
    private final PageBuilderService pageBuilder;

    public MeetingMacro(MeetingParameter meetingParameter, MeetingNeighboursQuery neighbours, PagePermissions pages,
            MeetingLinks links, MemberVisibility visibility, MacroRenderer renderer, I18n i18n,
            @ComponentImport PageBuilderService pageBuilder) {
        this.meetingParameter = meetingParameter;
        this.neighbours = neighbours;
        this.pages = pages;
        this.links = links;
        this.visibility = visibility;
        this.renderer = renderer;
        this.i18n = i18n;
        this.pageBuilder = pageBuilder;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        Optional<MeetingContext> meeting = meetingParameter.resolve(parameters.get("meeting"), context);
        Map<String, Object> model = new HashMap<>();
        if (OutputTypes.isInteractive(context)) {
            pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCES);
        }
        if (meeting.isPresent()) {
            MeetingContext m = meeting.get();
            boolean interactive = OutputTypes.isInteractive(context);
            boolean editable = interactive && m.viewer().secretariat();
            // a neighbour whose page the reader may not view is not named (its title and date are the page's)
            model.put("meeting", MeetingView.of(m, neighbours.previous(m.meeting()).filter(this::viewable),
                    neighbours.next(m.meeting()).filter(this::viewable), editable,
                    interactive && m.viewer().editor(), links, visibility, i18n));
        }
        return renderer.render(TEMPLATE, model, context);
    }

    private boolean viewable(MeetingNeighboursQuery.Neighbour neighbour) {
        return pages.canView(neighbour.pageId());
    }
}
