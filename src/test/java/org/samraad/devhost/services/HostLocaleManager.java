package org.samraad.devhost.services;

import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.user.User;
import java.util.Locale;

/**
 * Languages as Confluence's LocaleManager resolves them (DefaultLocaleManager, confluence 8.7.2 [DF]): the
 * requesting user, or the anonymous visitor making the request, reads in the request's language (the header's
 * language switcher, else Accept-Language: the host behaves as a Confluence with "browser language" on and no
 * language in anyone's profile); any other user, e.g. the recipient of a mail sent during someone else's request,
 * reads in the site's default language.
 */
public final class HostLocaleManager implements LocaleManager {
    private final Locale siteDefault;

    public HostLocaleManager(Locale siteDefault) {
        this.siteDefault = siteDefault;
    }

    @Override
    public Locale getLocale(User user) {
        RequestContext request = RequestContext.current();
        boolean asking = user == null
                ? request.isAnonymous()
                : request.user().map(u -> u.getName().equals(user.getName())).orElse(false);
        return asking ? request.locale() : siteDefault;
    }

    /** Confluence's {@code getSiteDefaultLocale()} (on 10.0.1 in [SLACK]); the plugin does not call it. */
    public Locale getSiteDefaultLocale() {
        return siteDefault;
    }
}
