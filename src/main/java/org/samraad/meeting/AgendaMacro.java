package org.samraad.meeting;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
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
    private final AgendaService agenda;
    private final MacroRenderer renderer;
    private final PageBuilderService pageBuilder;
    private final I18n i18n;
    private final MeetingLinks links;

    public AgendaMacro(MeetingParameter meetingParameter, AgendaService agenda, MacroRenderer renderer,
            @ComponentImport PageBuilderService pageBuilder, I18n i18n, MeetingLinks links) {
        this.meetingParameter = meetingParameter;
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
        Optional<MeetingContext> meeting = meetingParameter.resolve(parameters.get("meeting"), context);
        boolean interactive = OutputTypes.isInteractive(context);
        Map<String, Object> model = new HashMap<>();
        if (meeting.isPresent()) {
            MeetingContext m = meeting.get();
            if (view == AgendaViewKind.CLOSED && !MeetingDisclosure.of(m).closedItems()) {
                // the page itself holds everything else of the minutes; others see no trace of the closed items
                return "";
            }
            view = view.forStatus(m.meeting().status(), MeetingDisclosure.of(m).record());
            AgendaAudience audience = view == AgendaViewKind.PUBLIC ? AgendaAudience.PUBLIC : AgendaAudience.of(m);
            List<AgendaItem> items = agenda.agenda(m, audience);
            if (view == AgendaViewKind.CLOSED) {
                items = items.stream().filter(AgendaItem::closed).toList();
                view = AgendaViewKind.MINUTES;
                if (items.isEmpty()) {
                    return "";
                }
            }
            Map<String, String> names = new HashMap<>();
            AgendaView agendaView = AgendaView.of(m, view, items, agenda.actions(m), interactive,
                    OutputTypes.isDocumentExport(context),
                    MacroRenderer.uniqueElementId("samraad-agenda-" + m.meeting().id()), i18n,
                    key -> names.computeIfAbsent(key, agenda::fullName), links::page);
            model.put("agenda", agendaView);
            Instant erasedAt = agenda.minutesErasedAt(m);
            if (erasedAt != null) {
                // approved minutes do not change, except that a person's name is erased: they say so
                model.put("erasedText", i18n.text("samraad.agenda.erased",
                        ReaderDates.of(i18n).day(LocalDate.ofInstant(erasedAt, m.zone()))));
            }
            if (interactive) {
                // the styles for every reader; the script enhances only sections marked editable
                pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCES);
            }
        }
        return renderer.render(TEMPLATE, model, context);
    }
}
