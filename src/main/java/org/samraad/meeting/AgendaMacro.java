package org.samraad.meeting;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.samraad.platform.BlockMacro;
import org.samraad.platform.I18n;
import org.samraad.platform.ReaderDates;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.OutputTypes;
import org.samraad.platform.PluginKeys;

/**
 * {@code samraad-agenda}: a meeting's agenda or minutes, numbered, with start times, kinds and closed status in
 * words, attachments numbered across the agenda, and under follow-up the council's open actions. The meeting is
 * the {@code meeting} parameter, else the one recorded for the page. Static, accessible HTML in every output type;
 * in the live page, space editors add, change, delete and reorder items and add actions in place.
 *
 * <p>Three SQL statements whatever the number of items: the meeting with its council and the reader's standing,
 * the items with their attachments and presenters' consent, and the actions.
 */
public class AgendaMacro extends BlockMacro {
    static final String TEMPLATE = "templates/meeting/agenda.vm";
    static final String WEB_RESOURCES = PluginKeys.PLUGIN_KEY + ":samraad-agenda-resources";

    private final MeetingParameter meetingParameter;
    private final AgendaSection section;
    private final MacroRenderer renderer;
    private final PageBuilderService pageBuilder;
    private final I18n i18n;

    public AgendaMacro(MeetingParameter meetingParameter, AgendaSection section, MacroRenderer renderer,
            @ComponentImport PageBuilderService pageBuilder, I18n i18n) {
        this.meetingParameter = meetingParameter;
        this.section = section;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        AgendaViewKind view = AgendaViewKind.byParameter(parameters.get("view"));
        if (view == null) {
            throw new MacroExecutionException(i18n.text("samraad.agenda.macro.bad-view"));
        }
        Optional<MeetingContext> meeting = meetingParameter.resolve(parameters.get("meeting"), context);
        boolean interactive = OutputTypes.isInteractive(context);
        Map<String, Object> model = new HashMap<>();
        if (meeting.isPresent()) {
            Optional<Map<String, Object>> shown = section.model(meeting.get(), view, interactive,
                    OutputTypes.isDocumentExport(context), null);
            if (shown.isEmpty()) {
                return "";
            }
            model.putAll(shown.get());
            if (interactive) {
                // the styles for every reader; the script enhances only sections marked editable
                pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCES);
            }
        }
        return renderer.render(TEMPLATE, model, context);
    }
}
