package org.samraad.meeting;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import org.samraad.platform.I18n;
import org.springframework.stereotype.Component;

/** The full names of Confluence users by key, resolved when shown: names of users are never stored. */
@Component
public class UserNames {
    private final UserAccessor users;
    private final I18n i18n;

    public UserNames(@ComponentImport UserAccessor users, I18n i18n) {
        this.users = users;
        this.i18n = i18n;
    }

    public String fullName(String userKey) {
        ConfluenceUser user = userKey == null ? null : users.getUserByKey(new UserKey(userKey));
        if (user == null || user.getFullName() == null || user.getFullName().isBlank()) {
            return i18n.text("samraad.member.unknown-user");
        }
        return user.getFullName();
    }

    public boolean exists(String userKey) {
        return users.getExistingUserByKey(new UserKey(userKey)) != null;
    }
}
