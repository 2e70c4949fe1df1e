package org.samraad.hearing;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.samraad.platform.BlockMacro;
import org.samraad.council.Council;
import org.samraad.council.CouncilParameter;
import org.samraad.platform.FieldError;
import org.samraad.platform.I18n;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.PageLinks;
import org.samraad.platform.ValidationException;

/**
 * {@code samraad-hearings}: a council's hearing register — open hearings first, the nearest deadline on top, with
 * overdue and due-soon hearings marked in words — and the year's answered-on-time rate. Static, accessible HTML in
 * every output type. Three SQL statements whatever the number of hearings: the council, every hearing in brief,
 * the rows shown.
 */
public class HearingsMacro extends BlockMacro {
    static final String TEMPLATE = "templates/hearing/hearings.vm";
    static final String DEFAULT_PAGE_SIZE = "25";
    static final int MAX_PAGE_SIZE = 100;

    private final CouncilParameter councilParameter;
    private final HearingReads hearings;
    private final MacroRenderer renderer;
    private final PageLinks links;
    private final I18n i18n;

    public HearingsMacro(CouncilParameter councilParameter, HearingReads hearings, MacroRenderer renderer,
            PageLinks links, I18n i18n) {
        this.councilParameter = councilParameter;
        this.hearings = hearings;
        this.renderer = renderer;
        this.links = links;
        this.i18n = i18n;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        HearingFilter filter = filter(parameters);
        Optional<Council> council = councilParameter.resolve(parameters.get("council"), context);
        Map<String, Object> model = new HashMap<>();
        if (council.isPresent()) {
            Council c = council.get();
            model.put("hearings", HearingsView.of(c, hearings.register(c, filter),
                    MacroRenderer.uniqueElementId("samraad-hearings-" + c.id()), links::page, i18n));
        }
        return renderer.render(TEMPLATE, model, context);
    }

    /** The macro's parameters read as the REST list reads its query (same rules, same messages). */
    HearingFilter filter(Map<String, String> parameters) throws MacroExecutionException {
        String pageSize = parameters.getOrDefault("pageSize", DEFAULT_PAGE_SIZE);
        try {
            HearingFilter filter = HearingFilter.parse(parameters.get("status"), parameters.get("year"),
                    parameters.get("open"), pageSize == null || pageSize.isBlank() ? DEFAULT_PAGE_SIZE : pageSize, null);
            if (filter.limit() > MAX_PAGE_SIZE) {
                throw new ValidationException(FieldError.of("limit", "samraad.hearing.error.limit", MAX_PAGE_SIZE));
            }
            return filter;
        } catch (ValidationException e) {
            FieldError first = e.errors().get(0);
            String parameter = first.field().equals("limit") ? "pageSize" : first.field();
            throw new MacroExecutionException(i18n.text("samraad.hearing.macro.bad-parameter", parameter,
                    i18n.text(first.messageKey(), first.arguments().toArray(new java.io.Serializable[0]))));
        }
    }
}
