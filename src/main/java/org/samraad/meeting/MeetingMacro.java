package org.samraad.meeting;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.samraad.platform.BlockMacro;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.OutputTypes;
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
    static final String TEMPLATE = MeetingSection.TEMPLATE;
    /** The workflow buttons' script and the header's styles, on top of the shared macro resources. */
    public static final String WEB_RESOURCES = PluginKeys.PLUGIN_KEY + ":samraad-meeting-resources";

    private final MeetingParameter meetingParameter;
    private final MeetingSection section;
    private final MacroRenderer renderer;
    private final PageBuilderService pageBuilder;

    public MeetingMacro(MeetingParameter meetingParameter, MeetingSection section, MacroRenderer renderer,
            @ComponentImport PageBuilderService pageBuilder) {
        this.meetingParameter = meetingParameter;
        this.section = section;
        this.renderer = renderer;
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
        meeting.ifPresent(m -> model.put("meeting", section.view(m, OutputTypes.isInteractive(context))));
        return renderer.render(TEMPLATE, model, context);
    }
}
