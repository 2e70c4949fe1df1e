package org.samraad.council;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.samraad.platform.BlockMacro;
import org.samraad.platform.ContentLanguage;
import org.samraad.platform.I18n;
import org.samraad.platform.MacroRenderer;
import org.samraad.platform.OutputTypes;

/**
 * {@code samraad-members}: the member list of a council, grouped by seat or by role, with the composition status
 * (filled and vacant seats, terms ending soon) as text. Static, accessible HTML in every output type; in the live
 * page, space editors also get inline add, change and remove through the REST API. Contact details and
 * unpublished names are left out for viewers who may not see them ({@link MemberVisibility}).
 *
 * <p>Three SQL statements whatever the council's size: the council, its seats and its members (organisation names
 * joined in).
 */
public class MembersMacro extends BlockMacro {
    static final String TEMPLATE = MembersSection.TEMPLATE;

    private final CouncilParameter councilParameter;
    private final MembersSection section;
    private final MacroRenderer renderer;
    private final I18n i18n;

    public MembersMacro(CouncilParameter councilParameter, MembersSection section, MacroRenderer renderer, I18n i18n) {
        this.councilParameter = councilParameter;
        this.section = section;
        this.renderer = renderer;
        this.i18n = i18n;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        boolean groupBySeat = groupBySeat(parameters.get("groupBy"));
        boolean interactive = OutputTypes.isInteractive(context);
        Optional<Council> council = councilParameter.resolve(parameters.get("council"), context);
        Map<String, Object> model = new HashMap<>();
        council.ifPresent(c -> {
            model.put("members", section.view(c, groupBySeat, interactive));
            model.put("contentLang", ContentLanguage.of(c.locale(), i18n));
        });
        return renderer.render(TEMPLATE, model, context);
    }

    private boolean groupBySeat(String groupBy) throws MacroExecutionException {
        if (groupBy == null || groupBy.isBlank()) {
            return true;
        }
        return switch (groupBy.trim().toLowerCase(Locale.ROOT)) {
            case "seat" -> true;
            case "role" -> false;
            default -> throw new MacroExecutionException(i18n.text("samraad.member.macro.bad-group-by"));
        };
    }
}
