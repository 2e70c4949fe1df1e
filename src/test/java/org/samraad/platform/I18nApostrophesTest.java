package org.samraad.platform;

import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.languages.LocaleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.Test;
import org.samraad.devhost.services.HostI18nResolver;
import org.samraad.testing.FakeConfluence;

/**
 * Confluence runs every text it formats through MessageFormat, where a lone ASCII apostrophe starts a quote and
 * disappears ("Shows a meetings numbered…"). Each key of the three files is formatted as the plugin's I18n does, and
 * every apostrophe the text means to show must still be there. Texts use ’, which reads the same formatted or raw
 * (templates and scripts get the raw text); a doubled '' or a quoted '{…}' is MessageFormat's own and allowed.
 */
public class I18nApostrophesTest {
    private static final List<String> FILES = List.of("samraad.properties", "samraad_da.properties", "samraad_sv.properties");

    private final FakeConfluence confluence = new FakeConfluence();
    private final LocaleManager locales = user -> Locale.ENGLISH;
    private final I18n i18n = new I18n(new HostI18nResolver(List.of("i18n.samraad")), locales, confluence.currentUser());

    @Test
    public void noApostropheDisappearsWhenAnyTextOfTheThreeFilesIsFormatted() throws IOException {
        List<String> eaten = new ArrayList<>();
        for (String file : FILES) {
            Locale locale = locale(file);
            Properties texts = read(file);
            for (String key : texts.stringPropertyNames()) {
                String raw = texts.getProperty(key);
                String shown;
                try {
                    shown = i18n.text(locale, key);
                } catch (IllegalArgumentException placeholdersInBraces) {
                    continue; // a help text naming {council}: read raw only, never formatted
                }
                if (apostrophes(meant(raw)) != apostrophes(shown)) {
                    eaten.add(file + " " + key + ": " + shown);
                }
            }
        }
        assertTrue("Apostrophes eaten by MessageFormat (write ’):\n" + String.join("\n", eaten), eaten.isEmpty());
    }

    @Test
    public void theMacroDescriptionsKeepTheirPossessives() {
        assertTrue(i18n.text(Locale.ENGLISH, "org.samraad.samraad-confluence.samraad-agenda.desc").startsWith("Shows a meeting’s numbered"));
        assertTrue(i18n.text(Locale.ENGLISH, "org.samraad.samraad-confluence.samraad-agenda-requests.desc").startsWith("Lists members’ requests"));
    }

    /** The text as its writer meant it to read: MessageFormat's escapes ('' and quoted braces) resolved. */
    private static String meant(String raw) {
        return raw.replace("''", "\u0000").replace("'{", "{").replace("}'", "}").replace("\u0000", "'");
    }

    private static long apostrophes(String text) {
        return text.chars().filter(c -> c == '\'' || c == '’').count();
    }

    private static Locale locale(String file) {
        return file.contains("_") ? Locale.forLanguageTag(file.substring(file.indexOf('_') + 1, file.indexOf('.'))) : Locale.ENGLISH;
    }

    private static Properties read(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nApostrophesTest.class.getResourceAsStream("/i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
