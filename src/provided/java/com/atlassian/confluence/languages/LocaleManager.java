package com.atlassian.confluence.languages;

import com.atlassian.user.User;
import java.util.Locale;

/**
 * Stand-in (confluence 8.7.2 [DF] {@code languages/LocaleManager.java}); subset: a user's language, null for an
 * anonymous visitor, as Confluence's own SAL I18nResolver passes it ({@code ConfluenceI18nResolver}).
 */
public interface LocaleManager {
    Locale getLocale(User user);
}
