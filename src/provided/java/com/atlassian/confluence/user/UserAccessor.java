package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;

/** Stand-in (confluence 8.7.2 [DF]); only the look-ups the plugin calls. */
public interface UserAccessor {
    ConfluenceUser getUserByKey(UserKey key);

    ConfluenceUser getExistingUserByKey(UserKey key);

    /** The user with this username (Confluence matches it case-insensitively); null if there is none. */
    ConfluenceUser getUserByName(String name);
}
