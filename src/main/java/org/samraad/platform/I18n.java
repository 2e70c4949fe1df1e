package org.samraad.platform;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Text in the reader's language (en, da, sv); keys are samraad.&lt;feature&gt;.… */
@Component
public class I18n {
    private final I18nResolver resolver;

    public I18n(@ComponentImport I18nResolver resolver) {
        this.resolver = resolver;
    }

    public String text(String key, Serializable... arguments) {
        return resolver.getText(key, arguments);
    }

    /** Text in a given language, for what is written for a council rather than for the reader (page titles). */
    public String textIn(Locale locale, String key, Serializable... arguments) {
        return resolver.getText(locale, key, arguments);
    }

    /** Every text under a prefix in the reader's language, for templates, which look texts up by key. */
    public Map<String, String> texts(String prefix) {
        return Map.copyOf(resolver.getAllTranslationsForPrefix(prefix));
    }
}
