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

/**
 * {@code samraad-agenda-requests}: members' requests for agenda items of a meeting, with who asked (as the reader
 * may see it), status in words, a late marker and the deadline. In the live page, serving members and space
 * editors propose an item, the council's secretariat accepts or declines other people's requests with an answer,
 * and requesters withdraw their own, through the REST API. Once the minutes are approved it shows nothing: the
 * minutes record what was decided, not what was asked for beforehand.
 *
 * <p>Three SQL statements at most: the meeting with its council and the reader's standing, the requests, and the
 * council's members (only when a request was made by one).
 */
public class AgendaRequestsMacro extends BlockMacro {
    static final String TEMPLATE = "templates/meeting/agenda-requests.vm";

    private final MeetingParameter meetingParameter;
    private final AgendaRequestsSection section;
    private final MacroRenderer renderer;
    private final PageBuilderService pageBuilder;

    public AgendaRequestsMacro(MeetingParameter meetingParameter, AgendaRequestsSection section,
            MacroRenderer renderer, @ComponentImport PageBuilderService pageBuilder) {
        this.meetingParameter = meetingParameter;
        this.section = section;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        Optional<MeetingContext> meeting = meetingParameter.resolve(parameters.get("meeting"), context);
        if (meeting.isPresent() && meeting.get().meeting().status().decisionsLocked()) {
            // approved minutes are a record of what was decided; what was asked for beforehand is not part of it
            return "";
        }
        Map<String, Object> model = new HashMap<>();
        meeting.ifPresent(m -> model.putAll(section.model(m, OutputTypes.isInteractive(context))));
        AttendanceMacro.requireScripts(pageBuilder, context);
        return renderer.render(TEMPLATE, model, context);
    }
}
