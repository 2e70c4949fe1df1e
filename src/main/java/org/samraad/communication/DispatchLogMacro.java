package org.samraad.communication;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.samraad.meeting.MeetingContext;
import org.samraad.meeting.MeetingParameter;
import org.samraad.platform.BlockMacro;
import org.samraad.platform.I18n;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.PageLinks;

/**
 * {@code samraad-dispatch-log}: on a meeting page, for insiders only (others see nothing), what the meeting's steps
 * sent to whom and when, who could not be reached by e-mail, and for the secretariat a link to the print pack.
 * Two SQL statements: the meeting with the reader's standing, the log with its names.
 */
public class DispatchLogMacro extends BlockMacro {
    static final String TEMPLATE = "templates/communication/dispatch-log.vm";

    private final MeetingParameter meetingParameter;
    private final DispatchLog log;
    private final MacroRenderer renderer;
    private final PageLinks links;
    private final I18n i18n;

    public DispatchLogMacro(MeetingParameter meetingParameter, DispatchLog log, MacroRenderer renderer,
            PageLinks links, I18n i18n) {
        this.meetingParameter = meetingParameter;
        this.log = log;
        this.renderer = renderer;
        this.links = links;
        this.i18n = i18n;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        Optional<MeetingContext> meeting = meetingParameter.resolve(parameters.get("meeting"), context)
                .filter(m -> m.viewer().insider());
        Map<String, Object> model = new HashMap<>();
        meeting.ifPresent(m -> {
            List<DispatchLogEntry> entries = log.entries(m);
            boolean unreached = entries.stream().anyMatch(e -> e.outcome() == DispatchOutcome.NO_ADDRESS
                    && e.kind().hasPrintPack());
            String printPack = unreached && m.viewer().secretariat()
                    ? links.base() + "/rest/samraad/1.0/meetings/" + m.meeting().id() + "/print-pack" : null;
            model.put("log", DispatchLogView.of(entries, m.zone(),
                    MacroRenderer.uniqueElementId("samraad-dispatch-log-" + m.meeting().id()), printPack, i18n));
        });
        return renderer.render(TEMPLATE, model, context);
    }
}
