package org.samraad.devhost.services;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;

/** Confluence's user look-up by key over the demo users. */
public final class HostUserAccessor implements UserAccessor {
    @Override
    public ConfluenceUser getUserByKey(UserKey key) {
        return key == null ? null : DemoUsers.byKey(key.getStringValue()).orElse(null);
    }

    @Override
    public ConfluenceUser getExistingUserByKey(UserKey key) {
        return getUserByKey(key);
    }

    @Override
    public ConfluenceUser getUserByName(String name) {
        return name == null ? null : DemoUsers.byUsername(name.trim().toLowerCase(java.util.Locale.ROOT)).orElse(null);
    }
}
