package org.samraad.platform;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Who is calling, by user key (never username): the key is what the plugin stores. */
@Component
public class CurrentUser {
    private final UserManager userManager;
    private final UserAccessor userAccessor;

    public CurrentUser(@ComponentImport UserManager userManager, @ComponentImport UserAccessor userAccessor) {
        this.userManager = userManager;
        this.userAccessor = userAccessor;
    }

    public Optional<String> userKey() {
        return Optional.ofNullable(userManager.getRemoteUserKey()).map(UserKey::getStringValue);
    }

    public boolean isAnonymous() {
        return userManager.getRemoteUserKey() == null;
    }

    /** A Confluence administrator: site-wide settings and erasures that cross spaces. */
    public boolean isAdministrator() {
        UserKey key = userManager.getRemoteUserKey();
        return key != null && userManager.isAdmin(key);
    }

    /** The Confluence user for permission checks; null for anonymous, as PermissionManager expects. */
    ConfluenceUser confluenceUser() {
        UserKey key = userManager.getRemoteUserKey();
        return key == null ? null : userAccessor.getUserByKey(key);
    }
}
