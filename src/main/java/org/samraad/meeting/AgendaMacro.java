package org.samraad.meeting;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.samraad.platform.I18n;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.NotFoundException;
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
public class AgendaMacro implements Macro {
    static final String TEMPLATE = "templates/meeting/agenda.vm";
    static final String WEB_RESOURCES = PluginKeys.PLUGIN_KEY + ":samraad-agenda-resources";

    private final MeetingAccess meetings;
    private final AgendaService agenda;
    private final MacroRenderer renderer;
    private final PageBuilderService pageBuilder;
    private final I18n i18n;
    private final MeetingLinks links;

    public AgendaMacro(MeetingAccess meetings, AgendaService agenda, MacroRenderer renderer,
            @ComponentImport PageBuilderService pageBuilder, I18n i18n, MeetingLinks links) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
        this.links = links;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        AgendaViewKind view = AgendaViewKind.byParameter(parameters.get("view"));
        if (view == null) {
            throw new MacroExecutionException(i18n.text("samraad.agenda.macro.bad-view"));
        }
        Optional<MeetingContext> meeting = meeting(parameters.get("meeting"), context);
        boolean interactive = OutputTypes.isInteractive(context);
        Map<String, Object> model = new HashMap<>();
        if (meeting.isPresent()) {
            MeetingContext m = meeting.get();
            view = view.forStatus(m.meeting().status());
            AgendaAudience audience = view == AgendaViewKind.PUBLIC ? AgendaAudience.PUBLIC : AgendaAudience.of(m);
            List<AgendaItem> items = agenda.agenda(m, audience);
            Map<String, String> names = new HashMap<>();
            AgendaView agendaView = AgendaView.of(m, view, items, agenda.actions(m), interactive,
                    MacroRenderer.uniqueElementId("samraad-agenda-" + m.meeting().id()), i18n,
                    key -> names.computeIfAbsent(key, agenda::fullName), links::page);
            model.put("agenda", agendaView);
            if (interactive) {
                // the styles for every reader; the script enhances only sections marked editable
                pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCES);
            }
        }
        return renderer.render(TEMPLATE, model, context);
    }

    /** The meeting named by the parameter (an error box if it is not a number or not visible), else the page's. */
    private Optional<MeetingContext> meeting(String parameter, ConversionContext context)
            throws MacroExecutionException {
        if (parameter != null && !parameter.isBlank()) {
            int id;
            try {
                id = Integer.parseInt(parameter.trim());
            } catch (NumberFormatException e) {
                throw new MacroExecutionException(i18n.text("samraad.agenda.macro.bad-meeting"));
            }
            try {
                return Optional.of(meetings.view(id));
            } catch (NotFoundException e) {
                throw new MacroExecutionException(i18n.text("samraad.agenda.macro.meeting-not-found"));
            }
        }
        ContentEntityObject page = context.getEntity();
        return page == null ? Optional.empty() : meetings.onPage(page.getId());
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
