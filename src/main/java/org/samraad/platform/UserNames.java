package org.samraad.platform;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import org.springframework.stereotype.Component;

/**
 * The one rule for showing a Confluence user by key: their current full name, resolved when shown (names of users
 * are never stored), or "Unknown user" when there is no key, the user was removed, or has no name.
 */
@Component
public class UserNames {
    static final String UNKNOWN_KEY = "samraad.user.unknown";

    private final UserAccessor users;
    private final I18n i18n;

    public UserNames(@ComponentImport UserAccessor users, I18n i18n) {
        this.users = users;
        this.i18n = i18n;
    }

    public String fullName(String userKey) {
        return fullName(users, i18n, userKey);
    }

    public boolean exists(String userKey) {
        return users.getExistingUserByKey(new UserKey(userKey)) != null;
    }

    /** The same rule for a caller that holds the user accessor itself. */
    public static String fullName(UserAccessor users, I18n i18n, String userKey) {
        ConfluenceUser user = userKey == null ? null : users.getUserByKey(new UserKey(userKey));
        if (user == null || user.getFullName() == null || user.getFullName().isBlank()) {
            return unknown(i18n);
        }
        return user.getFullName();
    }

    /** What is shown for a person no one can name (no user key, no stored name). */
    public static String unknown(I18n i18n) {
        return i18n.text(UNKNOWN_KEY);
    }
}
