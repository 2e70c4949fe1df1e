package com.atlassian.confluence.security;

import com.atlassian.confluence.user.ConfluenceUser;
import java.util.List;

/**
 * Stand-in. ConfluenceUser variants as in the 8.8+ and 9.5.2 javadoc (the com.atlassian.user.User overloads
 * are deprecated defaults there); only the methods the plugin calls.
 */
public interface PermissionManager {
    Object TARGET_APPLICATION = "APPLICATION";

    boolean hasPermission(ConfluenceUser user, Permission permission, Object target);

    <X> List<X> getPermittedEntities(ConfluenceUser user, Permission permission, List<? extends X> objects);

    boolean isConfluenceAdministrator(ConfluenceUser user);
}
