package org.samraad.devhost.services;

import static org.junit.Assert.assertEquals;

import java.util.Locale;
import org.junit.Test;

public class HostLocaleManagerTest {
    private static final Locale DANISH = Locale.forLanguageTag("da");
    private final HostLocaleManager locales = new HostLocaleManager(Locale.ENGLISH);

    @Test
    public void theRequestingUserReadsInTheRequestsLanguageAndEveryoneElseInTheSitesLanguage() {
        try (RequestContext.Binding ignored = RequestContext.bind(DemoUsers.READER, DANISH)) {
            assertEquals(DANISH, locales.getLocale(DemoUsers.READER));
            assertEquals(Locale.ENGLISH, locales.getLocale(DemoUsers.ADMIN));
            assertEquals("a null user is anonymous, not the logged-in reader", Locale.ENGLISH, locales.getLocale(null));
        }
    }

    @Test
    public void anAnonymousVisitorReadsInTheRequestsLanguageAsWithConfluencesBrowserLanguageOn() {
        try (RequestContext.Binding ignored = RequestContext.bind(null, DANISH)) {
            assertEquals(DANISH, locales.getLocale(null));
        }
        assertEquals("outside a request: the site default", Locale.ENGLISH, locales.getLocale(null));
    }
}
