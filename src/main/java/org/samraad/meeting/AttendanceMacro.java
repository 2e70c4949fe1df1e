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
 * {@code samraad-attendance}: who of the council attended a meeting (status in words), the substitute who came for
 * whom, the guests, the quorum as a sentence and attendance by organisation. Static, accessible HTML in every
 * output type; in the live page, space editors record attendance in place through the REST API. Approved minutes
 * open with who was present and who sent apologies, in two lines above the quorum and the table.
 *
 * <p>Three SQL statements whatever the council's size: the meeting with its council and the reader's standing, the
 * council's members, and the attendance rows with their organisations' names.
 */
public class AttendanceMacro extends BlockMacro {
    static final String TEMPLATE = AttendanceSection.TEMPLATE;
    /** The meeting macros' own scripts and styles, on top of the plugin's shared ones. */
    static final String WEB_RESOURCES = PluginKeys.PLUGIN_KEY + ":samraad-attendance-resources";

    private final MeetingParameter meetingParameter;
    private final AttendanceSection section;
    private final MacroRenderer renderer;
    private final PageBuilderService pageBuilder;

    public AttendanceMacro(MeetingParameter meetingParameter, AttendanceSection section, MacroRenderer renderer,
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
        Map<String, Object> model = meeting.isPresent()
                ? section.model(meeting.get(), OutputTypes.isInteractive(context)) : new HashMap<>();
        requireScripts(pageBuilder, context);
        return renderer.render(TEMPLATE, model, context);
    }

    /** The live page view gets the meeting macros' scripts; export, PDF, e-mail and preview stay static. */
    static void requireScripts(PageBuilderService pageBuilder, ConversionContext context) {
        if (OutputTypes.isInteractive(context)) {
            pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCES);
        }
    }
}
