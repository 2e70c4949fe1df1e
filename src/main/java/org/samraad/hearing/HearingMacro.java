package org.samraad.hearing;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.samraad.platform.BlockMacro;
import org.samraad.platform.I18n;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.OutputTypes;
import org.samraad.platform.Validation;

/**
 * {@code samraad-hearing}: the head of a hearing response page — what the hearing is, the deadline counting down
 * in words, where the answer stands (a status bar), the council's response with its dissent and easy-read summary
 * from the hearing record (its one home), the follow-up once submitted — and, for space editors in the live page,
 * the forms that move it on, write the response until it is approved and record the follow-up through the REST API. The hearing is the one whose
 * response page this is (the blueprint links them), or the one named by the {@code hearing} parameter. A hearing
 * still in drafting whose response approved minutes already decided on says so, and offers editors the move to
 * council review (which approves it with those minutes). One SQL statement; two for a hearing in drafting.
 */
public class HearingMacro extends BlockMacro {
    static final String TEMPLATE = "templates/hearing/hearing.vm";

    private final HearingReads hearings;
    private final MacroRenderer renderer;
    private final I18n i18n;

    public HearingMacro(HearingReads hearings, MacroRenderer renderer, I18n i18n) {
        this.hearings = hearings;
        this.renderer = renderer;
        this.i18n = i18n;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        Integer hearingId = hearingId(parameters.get("hearing"));
        ContentEntityObject page = context.getEntity();
        Optional<ShownHearing> shown = hearings.shown(hearingId, page == null ? null : page.getId());
        Map<String, Object> model = new HashMap<>();
        shown.ifPresent(h -> model.put("hearing", HearingView.of(h, OutputTypes.isInteractive(context),
                MacroRenderer.uniqueElementId("samraad-hearing-" + h.hearing().id()), i18n)));
        return renderer.render(TEMPLATE, model, context);
    }

    private Integer hearingId(String value) throws MacroExecutionException {
        if (Validation.isBlank(value)) {
            return null;
        }
        try {
            int id = Integer.parseInt(value.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw new MacroExecutionException(i18n.text("samraad.hearing.macro.bad-hearing"));
    }
}
