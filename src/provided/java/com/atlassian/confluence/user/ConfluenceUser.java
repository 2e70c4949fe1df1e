package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;

/** Stand-in (confluence 8.7.2 [DF]); RelatableEntity, the other super-interface, is not used and left out. */
public interface ConfluenceUser extends User {
    UserKey getKey();
}
