package org.samraad.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.sal.api.message.I18nResolver;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.samraad.devhost.services.HostI18nResolver;
import org.samraad.testing.FakeConfluence;

/**
 * Templates get their texts as a map under a prefix. Confluence's one-argument getAllTranslationsForPrefix answers
 * in the JVM's default language, which the dev host's resolver reproduces, so these tests run on an English JVM.
 */
public class I18nTest {
    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final String KEY = "samraad.meeting.status.PLANNED";

    private final FakeConfluence confluence = new FakeConfluence().space("UDS").grant("reader-key", Permission.VIEW, "UDS");
    /** A Danish reader on a site whose default language is Swedish. */
    private final LocaleManager locales = user -> user == null ? SWEDISH : DANISH;
    private final I18n i18n = new I18n(new HostI18nResolver(List.of("i18n.samraad")), locales, confluence.currentUser());
    private Locale jvmDefault;

    @Before
    public void englishJvm() {
        jvmDefault = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @After
    public void restoreJvmDefault() {
        Locale.setDefault(jvmDefault);
    }

    @Test
    public void aDanishReaderGetsTheTemplateTextsInDanishOnAnEnglishJvm() {
        confluence.actAs("reader-key");
        assertEquals("Planlagt", i18n.texts("samraad.").get(KEY));
    }

    @Test
    public void templatesLookTheirTextsUpAsTheyAskInTheReadersLanguageAsWrittenAndNothingElse() {
        confluence.actAs("reader-key");
        TemplateTexts texts = i18n.templateTexts("samraad.");

        assertEquals("Planlagt", texts.text(KEY));
        assertEquals("as written, for the template to fill in", i18n.texts("samraad.").get("samraad.agenda.attachment-number"),
                texts.text("samraad.agenda.attachment-number"));
        assertNull("a key without a text", texts.text("samraad.no.such.key"));
        assertNull("only under the prefix", texts.text("meeting.status.PLANNED"));
    }

    @Test
    public void anAnonymousVisitorGetsTheTemplateTextsInTheSitesLanguage() {
        confluence.actAs(null);
        assertEquals("Planerat", i18n.texts("samraad.").get(KEY));
    }

    @Test
    public void aRememberingViewLooksEachTextUpOnceAndStillFormatsEachCountAndLanguageApart() {
        int[] lookups = new int[1];
        HostI18nResolver texts = new HostI18nResolver(List.of("i18n.samraad"));
        I18nResolver resolver = (I18nResolver) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {I18nResolver.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("getText")) {
                        lookups[0]++;
                    }
                    return method.invoke(texts, arguments);
                });
        confluence.actAs("reader-key");
        I18n view = new I18n(resolver, locales, confluence.currentUser()).remembering();

        for (int i = 0; i < 40; i++) {
            // the one-argument lookup is the request's language, English here
            assertEquals("Planned", view.text(KEY));
        }
        assertEquals("Attachment 1", view.text("samraad.agenda.attachment-number", 1));
        assertEquals("Attachment 2", view.text("samraad.agenda.attachment-number", 2));
        assertEquals("Attachment 1", view.text("samraad.agenda.attachment-number", 1));
        assertEquals("Planerat", view.text(SWEDISH, KEY));

        assertEquals("one lookup per text, arguments and language", 4, lookups[0]);
        assertEquals(DANISH, view.readerLocale());
    }
}
