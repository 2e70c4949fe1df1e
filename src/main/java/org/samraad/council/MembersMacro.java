package org.samraad.council;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.samraad.platform.I18n;
import org.samraad.platform.NotFoundException;
import org.samraad.platform.OutputTypes;
import org.samraad.platform.PluginKeys;
import org.samraad.platform.Templates;

/**
 * {@code samraad-members}: the member list of a council, grouped by seat or by role, with the composition status
 * (filled and vacant seats, terms ending soon) as text. Static, accessible HTML in every output type; in the live
 * page, space editors also get inline add, change and remove through the REST API. Contact details and
 * unpublished names are left out for viewers who may not see them ({@link MemberVisibility}).
 *
 * <p>Three SQL statements whatever the council's size: the council, its seats and its members (organisation names
 * joined in).
 */
public class MembersMacro implements Macro {
    static final String TEMPLATE = "templates/council/members.vm";

    private final CouncilService councils;
    private final MemberService members;
    private final Templates templates;
    private final I18n i18n;
    private final PageBuilderService pageBuilder;

    public MembersMacro(
            CouncilService councils,
            MemberService members,
            Templates templates,
            I18n i18n,
            @ComponentImport PageBuilderService pageBuilder) {
        this.councils = councils;
        this.members = members;
        this.templates = templates;
        this.i18n = i18n;
        this.pageBuilder = pageBuilder;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        boolean groupBySeat = groupBySeat(parameters.get("groupBy"));
        boolean interactive = OutputTypes.isInteractive(context);
        Optional<Council> council = find(parameters.get("council"), context.getSpaceKey());
        Map<String, Object> model = new HashMap<>();
        model.put("t", i18n.texts("samraad."));
        council.ifPresent(c -> model.put("members", MembersView.of(
                members.memberList(c), groupBySeat, interactive, domId(c), i18n)));
        if (interactive) {
            pageBuilder.assembler().resources().requireWebResource(PluginKeys.WEB_RESOURCES);
        }
        return templates.render(TEMPLATE, model);
    }

    private Optional<Council> find(String councilParameter, String spaceKey) throws MacroExecutionException {
        if (councilParameter == null || councilParameter.isBlank()) {
            return councils.inSpace(spaceKey);
        }
        try {
            return Optional.of(councils.get(Integer.parseInt(councilParameter.trim())));
        } catch (NumberFormatException e) {
            throw new MacroExecutionException(i18n.text("samraad.council.macro.bad-parameter"));
        } catch (NotFoundException e) {
            throw new MacroExecutionException(i18n.text("samraad.council.macro.not-found"));
        }
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

    /** Unique per render, so two member lists on one page do not share element ids. */
    private static String domId(Council council) {
        return "samraad-members-" + council.id() + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));
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
