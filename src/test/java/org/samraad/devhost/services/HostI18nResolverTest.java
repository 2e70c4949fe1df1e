package org.samraad.devhost.services;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.Test;

public class HostI18nResolverTest {
    private final HostI18nResolver i18n = new HostI18nResolver(List.of("devhost.fixture.fixture"));

    @Test
    public void textFollowsTheRequestUsersLanguage() {
        try (RequestContext.Binding ignored = RequestContext.bind(null, Locale.forLanguageTag("da"))) {
            assertEquals("Hej Ada, det er fixturen", i18n.getText("fixture.greeting", "Ada"));
        }
        try (RequestContext.Binding ignored = RequestContext.bind(DemoUsers.READER, Locale.forLanguageTag("sv"))) {
            assertEquals("Hej Ada, det är fixturen", i18n.getText("fixture.greeting", "Ada"));
        }
    }

    @Test
    public void englishIsTheBaseAndMessageFormatTurnsDoubledApostrophesIntoOne() {
        assertEquals("Hello Ada, it's the fixture", i18n.getText("fixture.greeting", "Ada"));
        assertEquals("Hello {0}, it''s the fixture", i18n.getRawText("fixture.greeting"));
        assertEquals("It's quoted, without arguments", i18n.getText("fixture.quoted"));
    }

    @Test
    public void aKeyMissingInALanguageFallsBackToTheBaseFile() {
        assertEquals("Echoes its parameters", i18n.getText(Locale.forLanguageTag("sv"), "fixture.echo.desc"));
    }

    @Test
    public void aMissingKeyIsShownAsTheKey() {
        assertEquals("fixture.no.such.key", i18n.getText("fixture.no.such.key"));
    }

    @Test
    public void prefixMapsAreRawAndInTheLanguageAsked() {
        assertEquals(1, i18n.getAllTranslationsForPrefix("samraad.", Locale.forLanguageTag("da")).size());
        assertEquals("Tekst til scripts på dansk", i18n.getAllTranslationsForPrefix("samraad.", Locale.forLanguageTag("da")).get("samraad.fixture.js"));
        assertTrue(i18n.getAllTranslationsForPrefix("fixture.").containsKey("fixture.greeting"));
    }

    @Test
    public void theOneArgumentPrefixMapIsInTheJvmsLanguageNotTheReadersAsInConfluence() {
        Locale jvmDefault = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try (RequestContext.Binding ignored = RequestContext.bind(DemoUsers.READER, Locale.forLanguageTag("da"))) {
            assertEquals("Text for scripts in English", i18n.getAllTranslationsForPrefix("samraad.").get("samraad.fixture.js"));
            assertEquals("Hej Ada, det er fixturen", i18n.getText("fixture.greeting", "Ada"));
        } finally {
            Locale.setDefault(jvmDefault);
        }
    }

    @Test
    public void unsupportedLanguagesFallBackToEnglish() {
        assertEquals(Locale.ENGLISH, HostI18nResolver.supported("de-DE"));
        assertEquals("da", HostI18nResolver.supported("da-DK").getLanguage());
    }
    @Test
    public void everyTextOfThePluginReadsAsMessageFormatMakesItInEachLanguage() {
        HostI18nResolver plugin = new HostI18nResolver(List.of("i18n.samraad"));
        for (Locale locale : HostI18nResolver.SUPPORTED) {
            plugin.getAllTranslationsForPrefix("", locale).forEach((key, pattern) -> {
                String formatted;
                try {
                    formatted = new java.text.MessageFormat(pattern, locale).format(new Object[] {3, 1, 12, 2});
                } catch (IllegalArgumentException notAPattern) { // a script's text, e.g. "{council}"
                    formatted = notAPattern.getClass().getName();
                }
                String text;
                try {
                    text = plugin.getText(locale, key, 3, 1, 12, 2);
                } catch (IllegalArgumentException notAPattern) {
                    text = notAPattern.getClass().getName();
                }
                assertEquals(key, formatted, text);
            });
        }
    }

    @Test
    public void aTextInAnotherLocaleOfTheSameLanguageIsThatLanguagesText() {
        assertEquals("Hej Ada, det er fixturen", i18n.getText(Locale.forLanguageTag("da-DK"), "fixture.greeting", "Ada"));
        assertEquals("Hej Ada, det är fixturen", i18n.getText(Locale.forLanguageTag("sv-SE"), "fixture.greeting", "Ada"));
        assertEquals("Hello Ada, it's the fixture", i18n.getText(Locale.GERMAN, "fixture.greeting", "Ada"));
    }
}
