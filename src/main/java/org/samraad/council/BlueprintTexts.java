package org.samraad.council;

import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import java.util.List;
import java.util.Locale;
import org.samraad.platform.I18n;

/**
 * The headings, intros and hints of the plugin's page templates, in the council's language. The create-content
 * plugin writes an {@code <at:i18n>} in the creating user's language, so a Danish council's page made by a
 * secretary who uses Confluence in English would say "Foreword by the chair" for good: the templates print
 * {@code <at:var>}s instead, filled here. A variable is named after its key with dots and dashes as underscores
 * ({@code samraad_blueprint_hearing_page_background}), a plain name whatever renders the template.
 */
public final class BlueprintTexts {
    private static final List<String> PREFIXES = List.of("samraad.blueprint.", "samraad.council.home.");

    private BlueprintTexts() {}

    public static void fill(BlueprintContext context, I18n i18n, Locale councilLanguage) {
        I18n texts = i18n.in(councilLanguage);
        for (String prefix : PREFIXES) {
            texts.texts(prefix).forEach((key, text) -> context.put(variable(key), text));
        }
    }

    public static String variable(String key) {
        return key.replace('.', '_').replace('-', '_');
    }

    /**
     * The language a page made in {@code spaceKey} is written in: its council's; before the council exists (the
     * council space's home page is made before the council is set up), the one the wizard chose, else the
     * creator's, as the council will be set up.
     */
    public static Locale councilLanguage(CouncilService councils, I18n i18n, String spaceKey, Object wizardChoice) {
        String locale = councils.inSpace(spaceKey).map(Council::locale).orElse(null);
        if (locale == null) {
            String chosen = wizardChoice == null ? "" : wizardChoice.toString().trim();
            locale = chosen.isEmpty() ? CouncilSettings.localeFor(i18n.readerLocale()) : chosen;
        }
        return Locale.forLanguageTag(locale);
    }
}
