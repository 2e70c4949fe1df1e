package org.samraad.platform;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;

/**
 * What every macro does last: its template gets the reader's texts as {@code $t}, and only the live page view
 * asks for the scripts that make it editable; export, PDF, e-mail and preview stay static HTML.
 */
@Component
public class MacroRenderer {
    private final Templates templates;
    private final I18n i18n;
    private final PageBuilderService pageBuilder;

    public MacroRenderer(Templates templates, I18n i18n, @ComponentImport PageBuilderService pageBuilder) {
        this.templates = templates;
        this.i18n = i18n;
        this.pageBuilder = pageBuilder;
    }

    /** Element ids that stay unique when a page holds the same macro twice: the prefix plus a random suffix. */
    public static String uniqueElementId(String prefix) {
        return prefix + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));
    }

    /**
     * A macro's HTML outside a page render (a REST answer the live page puts in the macro's place): the reader's
     * texts as {@code $t}; the page that asks for it already has the scripts.
     */
    public String renderFragment(String template, Map<String, Object> model) {
        return render(template, model, i18n.templateTexts("samraad."), true);
    }

    public String render(String template, Map<String, Object> model, ConversionContext context) {
        boolean interactive = OutputTypes.isInteractive(context);
        if (interactive) {
            pageBuilder.assembler().resources().requireWebResource(PluginKeys.WEB_RESOURCES);
        }
        // the reader's texts gathered once per page render, not once per macro: a meeting page holds four
        Locale reader = i18n.readerLocale();
        TemplateTexts texts = RenderShared.of(context).get(new Texts(reader),
                () -> i18n.templateTexts("samraad."));
        return render(template, model, texts, interactive);
    }

    /**
     * {@code $scrollRegions}: a wide table sits in a labelled, focusable scroll region on a narrow screen, which only
     * the live page has; an export, a mail or a preview gets the bare table, laid out by the page it lands in.
     */
    private String render(String template, Map<String, Object> model, TemplateTexts texts, boolean livePage) {
        Map<String, Object> withTexts = new HashMap<>(model);
        withTexts.put("t", texts);
        withTexts.put("scrollRegions", livePage);
        return templates.render(template, withTexts);
    }

    /** The texts of one language within one render. */
    private record Texts(Locale locale) {}
}
