package org.samraad.platform;

import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Text in the reader's language (en, da, sv); keys are samraad.&lt;feature&gt;.… The reader's language is what
 * LocaleManager gives for the calling user (for an anonymous visitor the site default, or the browser's language
 * where the administrator allows it), the same language Confluence's I18nResolver uses for {@code getText(key)}.
 */
@Component
public class I18n {
    private final I18nResolver resolver;
    private final LocaleManager locales;
    private final CurrentUser currentUser;

    public I18n(@ComponentImport I18nResolver resolver, @ComponentImport LocaleManager locales, CurrentUser currentUser) {
        this.resolver = resolver;
        this.locales = locales;
        this.currentUser = currentUser;
    }

    public String text(String key, Serializable... arguments) {
        return resolver.getText(key, arguments);
    }

    /** Text in a given language, for what no request carries: e-mail written by a job. */
    public String text(Locale locale, String key, Serializable... arguments) {
        return resolver.getText(locale, key, arguments);
    }

    /**
     * The same texts in one fixed language, for what is written for a council rather than shown to a reader (a final
     * annual report in the council's page): code that speaks through an {@code I18n} then speaks that language.
     */
    public I18n in(Locale locale) {
        I18n reader = this;
        return new I18n(resolver, locales, currentUser) {
            @Override
            public String text(String key, Serializable... arguments) {
                return reader.text(locale, key, arguments);
            }

            @Override
            public Locale readerLocale() {
                return locale;
            }
        };
    }

    /**
     * The same texts, each looked up once: for building one view that prints the same words on many rows (an
     * agenda's "Open item" and "Attachment 1" on every item), where looking each up again costs more than the rest
     * of the row. Lives as long as the view being built, on one thread; the reader and language do not change in it.
     */
    public I18n remembering() {
        I18n reader = this;
        Map<List<Object>, String> texts = new HashMap<>();
        Locale[] locale = new Locale[1];
        return new I18n(resolver, locales, currentUser) {
            @Override
            public String text(String key, Serializable... arguments) {
                return texts.computeIfAbsent(id(null, key, arguments), id -> reader.text(key, arguments));
            }

            @Override
            public String text(Locale in, String key, Serializable... arguments) {
                return texts.computeIfAbsent(id(in, key, arguments), id -> reader.text(in, key, arguments));
            }

            @Override
            public Locale readerLocale() {
                if (locale[0] == null) {
                    locale[0] = reader.readerLocale();
                }
                return locale[0];
            }
        };
    }

    private static List<Object> id(Locale locale, String key, Serializable... arguments) {
        List<Object> id = new ArrayList<>(arguments.length + 2);
        id.add(locale);
        id.add(key);
        id.addAll(Arrays.asList(arguments));
        return id;
    }

    /**
     * Every text under a prefix in the reader's language, for templates, which look texts up by key. The locale is
     * passed explicitly: Confluence's one-argument {@code getAllTranslationsForPrefix} uses the JVM's default locale,
     * not the reader's (SAL's {@code ConfluenceI18nResolver}, confluence 8.7.2 [DF]).
     */
    public Map<String, String> texts(String prefix) {
        return Map.copyOf(resolver.getAllTranslationsForPrefix(prefix, readerLocale()));
    }

    /**
     * The texts under a prefix in the reader's language as templates see them, each looked up when a template
     * first asks for it: as written, not formatted, as {@link #texts} gives them; null for a key without a text.
     */
    public TemplateTexts templateTexts(String prefix) {
        Locale reader = readerLocale();
        return new TemplateTexts(key -> {
            if (!key.startsWith(prefix)) {
                return null;
            }
            String text = resolver.getRawText(reader, key);
            // Confluence answers a key it has no text for with the key itself
            return text == null || text.equals(key) ? null : text;
        });
    }

    /** The calling user's language; LocaleManager takes null for an anonymous visitor. */
    public Locale readerLocale() {
        return locales.getLocale(currentUser.confluenceUser());
    }
}
