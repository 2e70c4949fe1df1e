package com.atlassian.confluence.languages;

import com.atlassian.user.User;
import java.util.Locale;

/** Stand-in (confluence 8.7.2 [DF]); subset: a user's language, for mail written where there is no request. */
public interface LocaleManager {
    Locale getLocale(User user);
}
