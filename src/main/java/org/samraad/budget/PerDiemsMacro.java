package org.samraad.budget;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.samraad.meeting.MeetingContext;
import org.samraad.meeting.MeetingParameter;
import org.samraad.platform.BlockMacro;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.OutputTypes;

/**
 * {@code samraad-per-diems}: a meeting's per-diem list (parameter {@code meeting}, default the meeting of this page)
 * for the council's secretariat, with approve and reopen buttons in the live page; anyone else reads that per-diems
 * are the secretariat's. Three SQL statements: the meeting with the caller's standing, the list's head, its lines.
 */
public class PerDiemsMacro extends BlockMacro {
    static final String TEMPLATE = PerDiemsSection.TEMPLATE;

    private final MeetingParameter meetingParameter;
    private final PerDiemService perDiems;
    private final PerDiemsSection section;
    private final MacroRenderer renderer;

    public PerDiemsMacro(MeetingParameter meetingParameter, PerDiemService perDiems, PerDiemsSection section,
            MacroRenderer renderer) {
        this.meetingParameter = meetingParameter;
        this.perDiems = perDiems;
        this.section = section;
        this.renderer = renderer;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        Optional<MeetingContext> meeting = meetingParameter.resolve(parameters.get("meeting"), context);
        Map<String, Object> model = new HashMap<>();
        if (meeting.isPresent()) {
            if (meeting.get().viewer().secretariat()) {
                PerDiemList list = perDiems.list(meeting.get());
                model.put("perDiems", section.view(list, OutputTypes.isInteractive(context)));
            } else {
                model.put("secretariatOnly", Boolean.TRUE);
            }
        }
        return renderer.render(TEMPLATE, model, context);
    }
}
